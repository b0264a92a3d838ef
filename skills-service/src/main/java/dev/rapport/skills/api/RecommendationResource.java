package dev.rapport.skills.api;

import static dev.rapport.support.security.Roles.ADMIN;
import static dev.rapport.support.security.Roles.AGENT;
import static dev.rapport.support.security.Roles.INTEGRATION;
import static dev.rapport.support.security.Roles.LEAD;

import dev.rapport.skills.config.RecommendationConfig;
import dev.rapport.skills.domain.Recommendations;
import dev.rapport.support.openapi.ProblemResponsesFilter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations", description = "Who should take a piece of work, and why")
@SecurityRequirement(name = "jwt")
@RolesAllowed({AGENT, LEAD, ADMIN, INTEGRATION})
public class RecommendationResource {
  private final Recommendations recommendations;
  private final RecommendationConfig config;

  RecommendationResource(Recommendations recommendations, RecommendationConfig config) {
    this.recommendations = recommendations;
    this.config = config;
  }

  @GET
  @Operation(
      summary = "Recommend assignees for work needing these skills",
      description =
          "Candidates are active people (members of 'team' when given) holding at least one"
              + " requested skill. Each is scored 0–100 from skill fit (weighted most), evidence of"
              + " practice (resolved tickets needing the skills) and open load; the response's"
              + " 'scoring' spells out the formula. For P1/P2, people covering every skill at the"
              + " level needed always rank first. People unavailable now are listed under"
              + " 'unavailable' with why, not ranked. For P3/P4 the answer may carry a"
              + " 'stretchPairing': a learner one level below a need with a mentor at or above it.")
  @APIResponse(responseCode = "200", description = "Ranked candidates")
  @APIResponse(
      responseCode = "400",
      content =
          @Content(
              mediaType = ProblemResponsesFilter.PROBLEM_JSON,
              schema = @Schema(implementation = ProblemSchemas.Recommendation.class)),
      description =
          "No skills, an unknown skill (named in the problem), a level outside 1–5, an unknown"
              + " team or priority")
  public RecommendationResponse recommend(
      @Parameter(
              description =
                  "Skills as catalogue ids or names, each with an optional ':level' (1–5; default"
                      + " 3), comma-separated or repeated, e.g. kubernetes:4,dns")
          @QueryParam("skills")
          List<String> skills,
      @Parameter(description = "Team id or display name: only its members are candidates")
          @QueryParam("team")
          String team,
      @Parameter(description = "P1 (critical) to P4 (low); default P3", example = "P2")
          @QueryParam("priority")
          String priority,
      @Parameter(description = "Candidates to answer, 1–50; default 10")
          @QueryParam("limit")
          @Min(1)
          @Max(50)
          Integer limit) {
    var needs = recommendations.needs(skills);
    return RecommendationResponse.of(
        recommendations.recommend(
            needs,
            team == null || team.isBlank()
                ? Optional.empty()
                : Optional.of(recommendations.team(team)),
            Recommendations.priority(priority),
            limit == null ? config.defaultLimit() : limit));
  }
}
