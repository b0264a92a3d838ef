package dev.rapport.skills.api;

import static dev.rapport.support.security.Roles.ADMIN;
import static dev.rapport.support.security.Roles.AGENT;
import static dev.rapport.support.security.Roles.INTEGRATION;
import static dev.rapport.support.security.Roles.LEAD;

import dev.rapport.skills.config.DemandConfig;
import dev.rapport.skills.domain.DemandWindow;
import dev.rapport.skills.domain.GapSeverity;
import dev.rapport.skills.domain.References;
import dev.rapport.skills.domain.Team;
import dev.rapport.skills.domain.TeamGaps;
import dev.rapport.support.api.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/teams/{team}/gaps")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Skill gaps")
@SecurityRequirement(name = "jwt")
@RolesAllowed({AGENT, LEAD, ADMIN, INTEGRATION})
public class GapResource {
  static final String SEVERITY_DESCRIPTION =
      "Score 0-100 = coverage (50 × gap/needed, rounded half up) + bus factor (25 when nobody holds"
          + " it at level, 15 when one person does) + demand (1 per ticket, at most 10) + unmet"
          + " demand (3 per ticket, at most 15); the demand terms count only when there is a gap or"
          + " at most one holder. NONE 0, LOW 1-24, MEDIUM 25-49, HIGH 50-79, CRITICAL 80-100."
          + " Each item's computation lists every term.";
  static final String WINDOW_DESCRIPTION =
      "ISO-8601 duration from PT1H to P365D; default rapport.skills.demand.window";

  private final TeamGaps teamGaps;
  private final References references;
  private final DemandConfig config;
  private final Clock clock;

  GapResource(TeamGaps teamGaps, References references, DemandConfig config, Clock clock) {
    this.teamGaps = teamGaps;
    this.references = references;
    this.config = config;
    this.clock = clock;
  }

  @GET
  @Operation(
      summary = "A team's skill gaps (IT staff)",
      description =
          "Per required skill: headcount needed at level, had (active members at or above it),"
              + " gap, bus factor, demand from tickets routed to the team in the window, and a"
              + " severity. "
              + SEVERITY_DESCRIPTION)
  @APIResponse(responseCode = "200", description = "Every requirement, most serious first")
  @APIResponse(responseCode = "400", description = "window or minSeverity invalid")
  @APIResponse(responseCode = "404", description = "No such team")
  public TeamGapsResponse team(
      @Parameter(description = "Team id or display name") @PathParam("team") String teamRef,
      @Parameter(description = WINDOW_DESCRIPTION, example = "P30D") @QueryParam("window")
          String window,
      @Parameter(description = "Only gaps at least this severe", example = "MEDIUM")
          @QueryParam("minSeverity")
          String minSeverity) {
    DemandWindow gapWindow = DemandWindow.parse(window, config.window());
    GapSeverity floor = severity(minSeverity);
    Team team = references.team(teamRef);
    Instant now = clock.instant();
    return new TeamGapsResponse(
        team.id,
        team.displayName,
        gapWindow.toString(),
        gapWindow.since(clock),
        now,
        teamGaps.ofTeams(Set.of(team.id), gapWindow).stream()
            .filter(g -> g.severity().atLeast(floor))
            .sorted(TeamGaps.MOST_SERIOUS_FIRST)
            .map(GapResponse::of)
            .toList());
  }

  static GapSeverity severity(String raw) {
    GapSeverity floor = QueryParams.enumOrNull(GapSeverity.class, "minSeverity", raw);
    return floor == null ? GapSeverity.NONE : floor;
  }
}
