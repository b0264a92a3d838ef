package dev.rapport.skills.api;

import static dev.rapport.support.security.Roles.ADMIN;
import static dev.rapport.support.security.Roles.AGENT;
import static dev.rapport.support.security.Roles.INTEGRATION;
import static dev.rapport.support.security.Roles.LEAD;

import dev.rapport.skills.config.DemandConfig;
import dev.rapport.skills.domain.DemandWindow;
import dev.rapport.skills.domain.GapSeverity;
import dev.rapport.skills.domain.TeamGaps;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The organisation-wide gaps. Its own root resource: a class at {@code /api/v1} would shadow the
 * people and team resources' sub-paths in Quarkus REST's routing.
 */
@Path("/api/v1/gaps")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Skill gaps")
@SecurityRequirement(name = "jwt")
@RolesAllowed({AGENT, LEAD, ADMIN, INTEGRATION})
public class OrgGapResource {
  private final TeamGaps teamGaps;
  private final DemandConfig config;
  private final Clock clock;

  OrgGapResource(TeamGaps teamGaps, DemandConfig config, Clock clock) {
    this.teamGaps = teamGaps;
    this.config = config;
    this.clock = clock;
  }

  @GET
  @Operation(
      summary = "The organisation's skill gaps, ranked (IT staff)",
      description =
          "One entry per skill any team requires: needed, had and gap summed over the teams, bus"
              + " factor = distinct active people (in any team) at or above the highest minimum"
              + " level, demand from every ticket in the window, with each team's own gap. "
              + GapResource.SEVERITY_DESCRIPTION)
  @APIResponse(responseCode = "200", description = "Skills, most serious first")
  @APIResponse(responseCode = "400", description = "window or minSeverity invalid")
  public OrgGapsResponse list(
      @Parameter(description = GapResource.WINDOW_DESCRIPTION, example = "P30D")
          @QueryParam("window")
          String window,
      @Parameter(description = "Only gaps at least this severe", example = "HIGH")
          @QueryParam("minSeverity")
          String minSeverity) {
    DemandWindow gapWindow = DemandWindow.parse(window, config.window());
    GapSeverity floor = GapResource.severity(minSeverity);
    return new OrgGapsResponse(
        gapWindow.toString(),
        gapWindow.since(clock),
        clock.instant(),
        teamGaps.acrossTeams(gapWindow).stream()
            .filter(g -> g.assessment().severity().atLeast(floor))
            .map(OrgGapResponse::of)
            .toList());
  }
}
