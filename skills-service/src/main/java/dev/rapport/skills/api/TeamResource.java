package dev.rapport.skills.api;

import static dev.rapport.support.security.Roles.ADMIN;
import static dev.rapport.support.security.Roles.AGENT;
import static dev.rapport.support.security.Roles.INTEGRATION;
import static dev.rapport.support.security.Roles.LEAD;

import dev.rapport.skills.domain.Team;
import dev.rapport.support.api.Cursor;
import dev.rapport.support.api.Page;
import dev.rapport.support.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.Panache;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
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

  @GET
  @Operation(
      summary = "Teams, by name (staff)",
      description = "With member counts; paginated by cursor: pass nextCursor as 'after'.")
  public Page<TeamSummaryResponse> list(
      @Parameter(description = "nextCursor of the previous page") @QueryParam("after") String after,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    var query =
        Panache.getEntityManager()
            .createQuery(
                "select t from Team t"
                    + (after == null ? "" : " where lower(t.displayName) > :after")
                    + " order by lower(t.displayName)",
                Team.class)
            .setMaxResults(limit + 1);
    if (after != null) {
      query.setParameter("after", Cursor.decode(after, 1).get(0));
    }
    Page<Team> page =
        Page.fromLookahead(
            query.getResultList(),
            limit,
            last -> List.of(last.displayName.toLowerCase(Locale.ROOT)));
    Map<UUID, Long> counts = memberCounts(page.items());
    return page.map(t -> TeamSummaryResponse.of(t, counts.getOrDefault(t.id, 0L)));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One team with its members (staff)")
  public TeamResponse get(@PathParam("id") String id) {
    Team team = Team.findById(PeopleResource.uuid("id", id));
    if (team == null) {
      throw ProblemException.notFound("Team", id);
    }
    return TeamResponse.of(team);
  }

  private static Map<UUID, Long> memberCounts(List<Team> teams) {
    Map<UUID, Long> counts = new HashMap<>();
    if (teams.isEmpty()) {
      return counts;
    }
    Panache.getEntityManager()
        .createQuery(
            "select t.id, count(m) from Team t join t.members m where t in :teams group by t.id",
            Object[].class)
        .setParameter("teams", teams)
        .getResultList()
        .forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
    return counts;
  }
}
