package dev.rapport.skills.api;

import dev.rapport.skills.domain.AssigneeScoring.Coverage;
import dev.rapport.skills.domain.AssigneeScoring.Need;
import dev.rapport.skills.domain.AssigneeScoring.Score;
import dev.rapport.skills.domain.AssigneeScoring.SkillFit;
import dev.rapport.skills.domain.AssigneeScoring.StretchPairing;
import dev.rapport.skills.domain.ProficiencyLevel;
import dev.rapport.skills.domain.Recommendations;
import dev.rapport.skills.domain.Unavailability;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Ranked candidates for work needing these skills, and why.")
public record RecommendationResponse(
    List<RequestedSkill> skills,
    @Schema(
            nullable = true,
            description = "The team candidates were drawn from, or null for everyone")
        TeamRef team,
    @Schema(example = "P3") String priority,
    @Schema(description = "How the score is computed") String scoring,
    @Schema(description = "Available candidates, best first") List<CandidateView> candidates,
    @Schema(description = "People who would be candidates but are unavailable now; not ranked")
        List<UnavailableView> unavailable,
    @Schema(
            nullable = true,
            description =
                "P3/P4 only, when possible: a learner one level below a need working with a mentor"
                    + " at or above it, so that the work also closes a skill gap; null otherwise")
        StretchPairingView stretchPairing) {

  public record RequestedSkill(
      UUID skillId, @Schema(example = "Kubernetes") String name, int level) {}

  @Schema(name = "RecommendationTeam", nullable = true)
  public record TeamRef(UUID id, String displayName) {}

  @Schema(name = "AssigneeCandidate")
  public record CandidateView(
      int rank,
      @Schema(example = "dana@example.com") String userName,
      @Schema(example = "Dana Scott") String displayName,
      @Schema(description = "0–100, see scoring", example = "87") int score,
      @Schema(description = "Every requested skill at the level needed or above")
          boolean fullCoverage,
      Explanation explanation) {}

  public record Explanation(
      @Schema(description = "Each requested skill: their level against the level needed")
          List<SkillView> skills,
      @Schema(description = "Tickets assigned to them and not resolved, closed or cancelled")
          int openTickets,
      @Schema(description = "Tickets needing the requested skills they resolved in the window")
          int resolvedTickets,
      @Schema(example = "available") String availability,
      @Schema(description = "The parts of the score, each 0–1") Parts parts,
      @Schema(
              example =
                  "covers 2 of 2 skills; 1 open ticket; 3 resolved tickets needing these skills;"
                      + " available")
          String summary) {}

  public record SkillView(
      UUID skillId,
      String skill,
      int needed,
      @Schema(description = "Their level, 0 when they do not hold the skill") int level,
      @Schema(
              description = "covered, one level short, more than one level short, or missing",
              example = "one level short")
          String coverage,
      @Schema(description = "Tickets needing this skill they resolved in the evidence window")
          int resolvedTickets) {}

  public record Parts(
      double fit,
      double evidence,
      double load,
      @Schema(description = "P1/P2 cap applied") boolean capped) {}

  public record UnavailableView(
      String userName,
      String displayName,
      Instant until,
      @Schema(nullable = true) String reason,
      @Schema(example = "unavailable until 2026-12-03T17:00:00Z: annual leave") String why) {}

  public record PersonLevel(String userName, String displayName, int level) {}

  @Schema(nullable = true)
  public record StretchPairingView(
      UUID skillId,
      String skill,
      int neededLevel,
      PersonLevel learner,
      PersonLevel mentor,
      String reason) {}

  static RecommendationResponse of(Recommendations.Result result) {
    List<CandidateView> candidates =
        IntStream.range(0, result.ranked().size())
            .mapToObj(i -> candidate(i + 1, result.ranked().get(i), result))
            .toList();
    return new RecommendationResponse(
        result.needs().stream()
            .map(n -> new RequestedSkill(n.skillId(), n.skill(), n.level()))
            .toList(),
        result.team().map(t -> new TeamRef(t.id, t.displayName)).orElse(null),
        result.priority(),
        result.scoring(),
        candidates,
        result.unavailable().stream()
            .map(
                away ->
                    new UnavailableView(
                        away.person().userName,
                        away.person().nameToShow(),
                        away.period().endsAt,
                        away.period().reason,
                        away.period().describe()))
            .toList(),
        result.stretchPairing().map(p -> pairing(p, result.priority())).orElse(null));
  }

  private static CandidateView candidate(int rank, Score score, Recommendations.Result result) {
    var who = score.candidate();
    List<SkillView> skills =
        score.skills().stream()
            .map(
                f ->
                    new SkillView(
                        f.need().skillId(),
                        f.need().skill(),
                        f.need().level(),
                        f.level(),
                        f.coverage().words(),
                        f.resolved()))
            .toList();
    int resolved = score.skills().stream().mapToInt(SkillFit::resolved).sum();
    long covered = score.skills().stream().filter(f -> f.coverage() == Coverage.COVERED).count();
    Unavailability next = result.nextAway().get(who.personId());
    String availability =
        next == null
            ? "available"
            : "available; away from "
                + next.startsAt
                + " until "
                + next.endsAt
                + (next.reason == null ? "" : ": " + next.reason);
    String summary =
        "covers "
            + covered
            + " of "
            + skills.size()
            + " skill"
            + (skills.size() == 1 ? "" : "s")
            + " at the level needed; "
            + plural(who.openTickets(), "open ticket")
            + "; "
            + plural(resolved, "resolved ticket")
            + " needing "
            + (skills.size() == 1 ? "this skill" : "these skills")
            + "; "
            + availability
            + (score.capped() ? "; held below full-coverage candidates (P1/P2)" : "");
    return new CandidateView(
        rank,
        who.userName(),
        who.displayName(),
        score.score(),
        score.fullCoverage(),
        new Explanation(
            skills,
            who.openTickets(),
            resolved,
            availability,
            new Parts(
                round(score.fit()), round(score.evidence()), round(score.load()), score.capped()),
            summary));
  }

  private static StretchPairingView pairing(StretchPairing p, String priority) {
    Need need = p.need();
    String reason =
        p.learner().displayName()
            + " is at level "
            + levelWords(p.learnerLevel())
            + " in "
            + need.skill()
            + ", one below the "
            + levelWords(need.level())
            + " this "
            + priority
            + " work needs; doing it with "
            + p.mentor().displayName()
            + ", at level "
            + levelWords(p.mentorLevel())
            + ", gets it done safely and moves "
            + p.learner().displayName()
            + " towards level "
            + need.level()
            + ", closing a skill gap.";
    return new StretchPairingView(
        need.skillId(),
        need.skill(),
        need.level(),
        new PersonLevel(p.learner().userName(), p.learner().displayName(), p.learnerLevel()),
        new PersonLevel(p.mentor().userName(), p.mentor().displayName(), p.mentorLevel()),
        reason);
  }

  private static String levelWords(int level) {
    return level
        + ProficiencyLevel.of(level)
            .map(l -> " (" + l.label().toLowerCase(Locale.ROOT) + ")")
            .orElse("");
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
