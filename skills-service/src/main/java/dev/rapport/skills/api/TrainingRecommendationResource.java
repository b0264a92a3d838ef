package dev.rapport.skills.api;

import static dev.rapport.support.security.Roles.ADMIN;
import static dev.rapport.support.security.Roles.AGENT;
import static dev.rapport.support.security.Roles.INTEGRATION;
import static dev.rapport.support.security.Roles.LEAD;

import dev.rapport.skills.config.DemandConfig;
import dev.rapport.skills.domain.DemandWindow;
import dev.rapport.skills.domain.References;
import dev.rapport.skills.domain.Team;
import dev.rapport.skills.domain.TrainingAdvisor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/teams/{team}/training-recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
@SecurityRequirement(name = "jwt")
@RolesAllowed({AGENT, LEAD, ADMIN, INTEGRATION})
public class TrainingRecommendationResource {
  private final TrainingAdvisor advisor;
  private final References references;
  private final DemandConfig config;

  TrainingRecommendationResource(
      TrainingAdvisor advisor, References references, DemandConfig config) {
    this.advisor = advisor;
    this.references = references;
    this.config = config;
  }

  @GET
  @Operation(
      summary = "Whom to train in what to close the team's gaps (IT staff)",
      description =
          "For each gap with a severity other than NONE, most serious first: active members"
              + " below the minimum level with no open plan in the skill, fewest levels to go"
              + " first, then most tickets resolved needing it in the window, then fewest open"
              + " tickets. As many as close the gap (one more holder for a single point of"
              + " failure), less those already in training; with reasons and a suggested mentor"
              + " at or above the level.")
  @APIResponse(responseCode = "200", description = "Recommendations, most serious gap first")
  @APIResponse(responseCode = "400", description = "window invalid")
  @APIResponse(responseCode = "404", description = "No such team")
  public TrainingRecommendationsResponse recommend(
      @Parameter(description = "Team id or display name") @PathParam("team") String teamRef,
      @Parameter(
              description =
                  "ISO-8601 duration from PT1H to P365D for demand and evidence; default"
                      + " rapport.skills.demand.window",
              example = "P30D")
          @QueryParam("window")
          String window) {
    DemandWindow gapWindow = DemandWindow.parse(window, config.window());
    Team team = references.team(teamRef);
    return new TrainingRecommendationsResponse(
        team.id,
        team.displayName,
        gapWindow.toString(),
        advisor.forTeam(team, gapWindow).stream()
            .map(TrainingRecommendationsResponse.Item::of)
            .toList());
  }
}
