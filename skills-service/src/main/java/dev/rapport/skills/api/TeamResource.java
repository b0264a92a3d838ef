package dev.rapport.skills.api;

import static dev.rapport.support.security.Roles.ADMIN;
import static dev.rapport.support.security.Roles.AGENT;
import static dev.rapport.support.security.Roles.INTEGRATION;
import static dev.rapport.support.security.Roles.LEAD;

import dev.rapport.skills.domain.TeamSearch;
import dev.rapport.support.api.Page;
import dev.rapport.support.api.QueryParams;
import dev.rapport.support.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Teams as provisioned from HR (SCIM Groups), read-only: HR changes them over SCIM. */
@Path("/api/v1/teams")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Teams", description = "Teams provisioned from HR over SCIM; read-only here")
@SecurityRequirement(name = "jwt")
@RolesAllowed({AGENT, LEAD, ADMIN, INTEGRATION})
public class TeamResource {
  private final TeamSearch teams;

  TeamResource(TeamSearch teams) {
    this.teams = teams;
  }

  @GET
  @Operation(
      summary = "Teams, by name (staff)",
      description = "With member counts; paginated by cursor: pass nextCursor as 'after'.")
  public Page<TeamSummaryResponse> list(
      @Parameter(description = "nextCursor of the previous page") @QueryParam("after") String after,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    return teams.list(after, limit).map(TeamSummaryResponse::of);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One team with its members (staff)")
  public TeamResponse get(@PathParam("id") String id) {
    return teams
        .team(QueryParams.uuid("id", id))
        .map(TeamResponse::of)
        .orElseThrow(() -> ProblemException.notFound("Team", id));
  }
}
