package dev.rapport.skills.api;

import dev.rapport.skills.domain.GapAnalysis;
import dev.rapport.skills.domain.GapAnalysis.Assessment;
import dev.rapport.skills.domain.TeamGaps.OrgGap;
import dev.rapport.skills.domain.TeamGaps.TeamGap;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One skill across every team that requires it. */
public record OrgGapResponse(
    UUID skillId,
    String skillName,
    @Schema(description = "The highest minimum level any team asks for") int highestMinimumLevel,
    @Schema(description = "Sum over the teams") int needed,
    @Schema(description = "Sum over the teams (a member of two teams counts in each)") int had,
    @Schema(description = "Sum of the teams' gaps") int gap,
    @Schema(
            description =
                "Distinct active people, in any team, at or above the highest minimum level")
        int busFactor,
    boolean singlePointOfFailure,
    @Schema(description = "Every ticket that required it in the window") int demand,
    int unmetDemand,
    int score,
    String severity,
    GapAnalysis.Computation computation,
    List<TeamBreakdown> teams) {

  /** One team's share of the skill's gap. */
  public record TeamBreakdown(
      UUID teamId,
      String teamName,
      int minimumLevel,
      int needed,
      int had,
      int gap,
      int busFactor,
      int demand,
      int unmetDemand,
      int score,
      String severity) {
    static TeamBreakdown of(TeamGap g) {
      Assessment a = g.assessment();
      return new TeamBreakdown(
          g.teamId(),
          g.teamName(),
          g.minimumLevel(),
          a.needed(),
          a.had(),
          a.gap(),
          a.busFactor(),
          a.demand(),
          a.unmetDemand(),
          a.score(),
          a.severity().name());
    }
  }

  static OrgGapResponse of(OrgGap g) {
    Assessment a = g.assessment();
    return new OrgGapResponse(
        g.skillId(),
        g.skillName(),
        g.highestMinimumLevel(),
        a.needed(),
        a.had(),
        a.gap(),
        a.busFactor(),
        a.singlePointOfFailure(),
        a.demand(),
        a.unmetDemand(),
        a.score(),
        a.severity().name(),
        a.computation(),
        g.teams().stream().map(TeamBreakdown::of).toList());
  }
}
