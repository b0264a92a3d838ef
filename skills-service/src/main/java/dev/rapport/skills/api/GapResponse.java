package dev.rapport.skills.api;

import dev.rapport.skills.domain.GapAnalysis;
import dev.rapport.skills.domain.GapAnalysis.Assessment;
import dev.rapport.skills.domain.TeamGaps.Holder;
import dev.rapport.skills.domain.TeamGaps.TeamGap;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A team's gap in one required skill. */
public record GapResponse(
    UUID skillId,
    String skillName,
    @Schema(description = "The level the requirement asks for, 1 to 5") int minimumLevel,
    @Schema(description = "Headcount needed at that level") int needed,
    @Schema(description = "Active members at or above that level") int had,
    @Schema(description = "max(0, needed - had)") int gap,
    @Schema(description = "How many people hold it at level; 0 is the worst case") int busFactor,
    @Schema(description = "Exactly one person holds it at level") boolean singlePointOfFailure,
    @Schema(description = "Tickets routed to the team that required it in the window") int demand,
    @Schema(description = "Of those, tickets opened when nobody available held it") int unmetDemand,
    @Schema(description = "0 to 100; see computation") int score,
    @Schema(description = "NONE, LOW, MEDIUM, HIGH or CRITICAL") String severity,
    List<HolderView> holders,
    GapAnalysis.Computation computation) {

  /** Someone holding the skill at or above the level asked for. */
  public record HolderView(UUID personId, String userName, String displayName, int level) {
    static HolderView of(Holder h) {
      return new HolderView(h.personId(), h.userName(), h.displayName(), h.level());
    }
  }

  static GapResponse of(TeamGap g) {
    Assessment a = g.assessment();
    return new GapResponse(
        g.skillId(),
        g.skillName(),
        g.minimumLevel(),
        a.needed(),
        a.had(),
        a.gap(),
        a.busFactor(),
        a.singlePointOfFailure(),
        a.demand(),
        a.unmetDemand(),
        a.score(),
        a.severity().name(),
        g.holders().stream().map(HolderView::of).toList(),
        a.computation());
  }
}
