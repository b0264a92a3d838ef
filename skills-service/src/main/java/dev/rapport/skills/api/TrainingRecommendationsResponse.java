package dev.rapport.skills.api;

import dev.rapport.skills.domain.GapAnalysis.Assessment;
import dev.rapport.skills.domain.TrainingAdvisor.Candidate;
import dev.rapport.skills.domain.TrainingAdvisor.Mentor;
import dev.rapport.skills.domain.TrainingAdvisor.Recommendation;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whom to train in what to close a team's gaps, most serious gap first. */
public record TrainingRecommendationsResponse(
    UUID teamId, String teamName, String window, List<Item> items) {

  /** One gap and the members to train for it. */
  @Schema(name = "TrainingRecommendation")
  public record Item(
      UUID skillId,
      String skillName,
      int minimumLevel,
      String severity,
      int score,
      int needed,
      int had,
      int gap,
      int busFactor,
      boolean singlePointOfFailure,
      @Schema(
              description =
                  "Holders still to find: the gap, or 1 for a single point of failure,"
                      + " less members already in training to the level")
          int toTrain,
      @Schema(description = "Members whose open plan already aims at the level")
          int alreadyInTraining,
      @Schema(description = "Best first: fewest levels to go, most evidence, least open load")
          List<CandidateView> candidates,
      @Schema(description = "Further members below the level, not recommended") int moreCandidates,
      @Schema(
              nullable = true,
              description = "A member at or above the level to coach them, or null")
          MentorView suggestedMentor,
      String summary) {

    static Item of(Recommendation r) {
      Assessment a = r.gap().assessment();
      return new Item(
          r.gap().skillId(),
          r.gap().skillName(),
          r.gap().minimumLevel(),
          a.severity().name(),
          a.score(),
          a.needed(),
          a.had(),
          a.gap(),
          a.busFactor(),
          a.singlePointOfFailure(),
          r.toTrain(),
          r.alreadyInTraining(),
          r.candidates().stream().map(CandidateView::of).toList(),
          r.moreCandidates(),
          r.mentor() == null ? null : MentorView.of(r.mentor()),
          r.summary());
    }
  }

  /** A member to train, and why. */
  @Schema(name = "TrainingCandidate")
  public record CandidateView(
      UUID personId,
      String userName,
      String displayName,
      @Schema(description = "0 when they have no level") int currentLevel,
      int targetLevel,
      int levelsToGo,
      @Schema(description = "Tickets they resolved that needed the skill, in the window")
          int resolvedTickets,
      int openTickets,
      @Schema(
              example =
                  "[\"at level 2 of the 3 needed: one level to go\","
                      + " \"resolved 4 tickets needing it in the last 30 days\","
                      + " \"3 open tickets\"]")
          List<String> reasons) {
    static CandidateView of(Candidate c) {
      return new CandidateView(
          c.personId(),
          c.userName(),
          c.displayName(),
          c.currentLevel(),
          c.targetLevel(),
          c.levelsToGo(),
          c.resolvedTickets(),
          c.openTickets(),
          c.reasons());
    }
  }

  /** A member who holds the skill at level. */
  @Schema(nullable = true)
  public record MentorView(
      UUID personId, String userName, String displayName, int level, int openTickets) {
    static MentorView of(Mentor m) {
      return new MentorView(
          m.personId(), m.userName(), m.displayName(), m.level(), m.openTickets());
    }
  }
}
