package dev.rapport.engagement.api;

import static dev.rapport.support.security.Roles.ADMIN;
import static dev.rapport.support.security.Roles.AGENT;
import static dev.rapport.support.security.Roles.LEAD;

import dev.rapport.engagement.domain.chain.ChainReport;
import dev.rapport.support.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/chain")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Chain",
    description =
        "How a team's engagement, its service and the business outcome go together, period by"
            + " period, with rank correlations in plain words")
@SecurityRequirement(name = "jwt")
@RolesAllowed({AGENT, LEAD, ADMIN})
@Transactional
public class ChainResource {
  private final ChainReport chain;
  private final CurrentCaller caller;

  ChainResource(ChainReport chain, CurrentCaller caller) {
    this.chain = chain;
    this.caller = caller;
  }

  @GET
  @Operation(
      summary = "A team's service value chain (leads and admins: any team; agents: their own)",
      description =
          "Per period eNPS, pulse score, training, skill-gap severity; SLA met, cadence, first"
              + " response, reopen rate; CSAT and business audiences' read rates. Spearman"
              + " correlations need at least 6 periods with both figures; below that no claim is"
              + " made.")
  @APIResponse(responseCode = "200", description = "The chain")
  @APIResponse(responseCode = "400", description = "team missing; " + MetricsResource.RANGE)
  @APIResponse(responseCode = "403", description = "An agent asking for a team not their own")
  public ChainResponse get(
      @Parameter(description = "The team id, as tickets carry it in teamId", example = "network")
          @QueryParam("team")
          String team,
      @BeanParam RangeParams range) {
    return ChainResponse.of(
        chain.report(caller.get(), team, range.from(), range.to(), range.granularity()));
  }
}
