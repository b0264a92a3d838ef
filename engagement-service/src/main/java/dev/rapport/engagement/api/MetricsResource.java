package dev.rapport.engagement.api;

import static dev.rapport.support.security.Roles.ADMIN;
import static dev.rapport.support.security.Roles.AGENT;
import static dev.rapport.support.security.Roles.LEAD;

import dev.rapport.engagement.domain.MetricsReport;
import dev.rapport.engagement.domain.Scope;
import dev.rapport.support.api.QueryParams;
import dev.rapport.support.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/metrics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Metrics",
    description =
        "The service metrics, rolled up from the facts of every topic as they arrive: a series per"
            + " metric, each with its definition")
@SecurityRequirement(name = "jwt")
@RolesAllowed({AGENT, LEAD, ADMIN})
@Transactional
public class MetricsResource {
  static final String RANGE = "from, to or granularity invalid (to before from, over 400 days)";

  private final MetricsReport report;
  private final CurrentCaller caller;

  MetricsResource(MetricsReport report, CurrentCaller caller) {
    this.report = report;
    this.caller = caller;
  }

  @GET
  @Path("/overview")
  @Operation(
      summary = "Every team's and service's metrics together (IT staff)",
      description = "Tickets, SLA, cadence, notifications, CSAT, training and skill gaps.")
  @APIResponse(responseCode = "200", description = "A series per metric")
  @APIResponse(responseCode = "400", description = RANGE)
  public MetricsResponse overview(@BeanParam RangeParams range) {
    return answer(Scope.OVERVIEW, range);
  }

  @GET
  @Path("/teams/{team}")
  @Operation(
      summary = "One team's metrics (leads and admins: any team; agents: their own teams)",
      description = "The tickets the team held when each fact happened, and its people's facts.")
  @APIResponse(responseCode = "200", description = "A series per metric")
  @APIResponse(responseCode = "400", description = RANGE)
  @APIResponse(responseCode = "403", description = "An agent asking for a team not their own")
  public MetricsResponse team(
      @Parameter(description = "The team id, as tickets carry it in teamId", example = "network")
          @PathParam("team")
          String team,
      @BeanParam RangeParams range) {
    return answer(Scope.team(team.strip()), range);
  }

  @GET
  @Path("/services/{id}")
  @Operation(
      summary = "One business service's metrics (IT staff)",
      description = "The tickets about the service, and the messages and surveys of those tickets.")
  @APIResponse(responseCode = "200", description = "A series per metric")
  @APIResponse(responseCode = "400", description = "id not a UUID; " + RANGE)
  public MetricsResponse service(
      @Parameter(
              description = "The business service id",
              example = "01a2319c-cf53-78d0-9785-8628931b2008")
          @PathParam("id")
          String id,
      @BeanParam RangeParams range) {
    return answer(Scope.service(QueryParams.uuid("id", id)), range);
  }

  private MetricsResponse answer(Scope scope, RangeParams range) {
    return MetricsResponse.of(
        report.report(caller.get(), scope, range.from(), range.to(), range.granularity()));
  }
}
