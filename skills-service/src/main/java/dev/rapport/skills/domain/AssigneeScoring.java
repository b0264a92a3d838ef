package dev.rapport.skills.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who should take a piece of work: the score of each candidate and the stretch pairing. Pure (no
 * database, no clock): {@link Recommendations} gathers the facts and calls it.
 *
 * <p>For the requested skills s₁..sₙ, each needed at a level, a candidate scores
 *
 * <pre>
 *   fit(s)      = 1                     when their level ≥ the level needed (covered)
 *               = 0.5^(needed − level)  when they hold it lower (one level short = 0.5, two = 0.25 …)
 *               = 0                     when they do not hold it (missing)
 *   fit         = mean of fit(s) over the requested skills
 *   evidence    = mean over the requested skills of min(resolved(s), evidenceCap) / evidenceCap,
 *                 resolved(s) = tickets needing s they resolved within the evidence window
 *   load        = 1 − min(openTickets, maxLoad) / maxLoad
 *   score       = round(60 × fit + 15 × evidence + 25 × load)            (0–100)
 * </pre>
 *
 * For P1 and P2 a candidate who does not cover every requested skill at the needed level scores at
 * most 59: a fully covering candidate scores at least 60, so full coverage always ranks first. The
 * ranking is by score, then the unrounded score, then fewer open tickets, then userName.
 *
 * <p>Stretch pairing (P3 and P4 only): for the first requested skill (in request order) where an
 * available candidate is exactly one level below the need and another is at or above it, the
 * learner is the one-level-short candidate with the fewest open tickets (then the better ranked)
 * and the mentor the best ranked candidate at or above the need (the top candidate when they cover
 * it).
 */
public final class AssigneeScoring {
  public static final int FIT_WEIGHT = 60;
  public static final int EVIDENCE_WEIGHT = 15;
  public static final int LOAD_WEIGHT = 25;

  /** The most a P1/P2 candidate without full coverage can score. */
  public static final int PARTIAL_CAP_WHEN_URGENT = FIT_WEIGHT - 1;

  /** A requested skill and the level the work needs. */
  public record Need(UUID skillId, String skill, int level) {}

  /**
   * What is known of one available person.
   *
   * @param levels their level per skill (skills they do not hold are absent)
   * @param resolved tickets needing each skill they resolved within the evidence window
   * @param openTickets tickets assigned to them that are not resolved, closed or cancelled
   */
  public record Candidate(
      UUID personId,
      String userName,
      String displayName,
      Map<UUID, Integer> levels,
      Map<UUID, Integer> resolved,
      int openTickets) {

    public int level(UUID skillId) {
      return levels.getOrDefault(skillId, 0);
    }
  }

  /** How a candidate's level meets one need. */
  public enum Coverage {
    COVERED("covered"),
    ONE_LEVEL_SHORT("one level short"),
    BELOW("more than one level short"),
    MISSING("missing");

    private final String words;

    Coverage(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }

    static Coverage of(int level, int needed) {
      if (level >= needed) {
        return COVERED;
      }
      if (level <= 0) {
        return MISSING;
      }
      return level == needed - 1 ? ONE_LEVEL_SHORT : BELOW;
    }
  }

  /** One need as a candidate meets it. */
  public record SkillFit(Need need, int level, Coverage coverage, double fit, int resolved) {}

  /**
   * A candidate's score and its parts.
   *
   * @param score 0–100, as ranked
   * @param raw the unrounded, uncapped score
   * @param fullCoverage every requested skill at the needed level or above
   * @param capped the score was held at {@link #PARTIAL_CAP_WHEN_URGENT} (P1/P2 without full
   *     coverage)
   */
  public record Score(
      Candidate candidate,
      int score,
      double raw,
      double fit,
      double evidence,
      double load,
      boolean fullCoverage,
      boolean capped,
      List<SkillFit> skills) {}

  /** A learner one level below the need, working with a mentor at or above it. */
  public record StretchPairing(
      Need need, Candidate learner, Candidate mentor, int learnerLevel, int mentorLevel) {}

  private final int maxLoad;
  private final int evidenceCap;

  /**
   * @param maxLoad open tickets at which the load part reaches 0
   * @param evidenceCap resolved tickets per skill at which the evidence part is full
   */
  public AssigneeScoring(int maxLoad, int evidenceCap) {
    if (maxLoad < 1 || evidenceCap < 1) {
      throw new IllegalArgumentException("maxLoad and evidenceCap must be at least 1");
    }
    this.maxLoad = maxLoad;
    this.evidenceCap = evidenceCap;
  }

  /** P1 and P2 need full coverage first and get no stretch pairing. */
  public static boolean urgent(String priority) {
    return "P1".equals(priority) || "P2".equals(priority);
  }

  /** Scores one candidate for {@code needs} (never empty). */
  public Score score(List<Need> needs, Candidate candidate, String priority) {
    if (needs.isEmpty()) {
      throw new IllegalArgumentException("no skills requested");
    }
    List<SkillFit> skills = new ArrayList<>(needs.size());
    double fitSum = 0;
    double evidenceSum = 0;
    for (Need need : needs) {
      int level = candidate.level(need.skillId());
      Coverage coverage = Coverage.of(level, need.level());
      double fit =
          switch (coverage) {
            case COVERED -> 1.0;
            case MISSING -> 0.0;
            default -> Math.pow(0.5, need.level() - level);
          };
      int resolved = candidate.resolved().getOrDefault(need.skillId(), 0);
      fitSum += fit;
      evidenceSum += (double) Math.min(resolved, evidenceCap) / evidenceCap;
      skills.add(new SkillFit(need, level, coverage, fit, resolved));
    }
    double fit = fitSum / needs.size();
    double evidence = evidenceSum / needs.size();
    double load = 1.0 - (double) Math.min(candidate.openTickets(), maxLoad) / maxLoad;
    double raw = FIT_WEIGHT * fit + EVIDENCE_WEIGHT * evidence + LOAD_WEIGHT * load;
    boolean full = skills.stream().allMatch(s -> s.coverage() == Coverage.COVERED);
    int score = (int) Math.round(raw);
    boolean capped = urgent(priority) && !full && score > PARTIAL_CAP_WHEN_URGENT;
    if (capped) {
      score = PARTIAL_CAP_WHEN_URGENT;
    }
    return new Score(candidate, score, raw, fit, evidence, load, full, capped, skills);
  }

  /** Scores and ranks the candidates, best first. */
  public List<Score> rank(List<Need> needs, Collection<Candidate> candidates, String priority) {
    return candidates.stream()
        .map(c -> score(needs, c, priority))
        .sorted(
            Comparator.comparingInt(Score::score)
                .reversed()
                .thenComparing(Comparator.comparingDouble(Score::raw).reversed())
                .thenComparingInt(s -> s.candidate().openTickets())
                .thenComparing(s -> s.candidate().userName()))
        .toList();
  }

  /**
   * A learner exactly one level below a need plus a mentor at or above it, chosen from the ranked
   * (available) candidates; none for P1/P2.
   */
  public Optional<StretchPairing> stretchPairing(
      List<Need> needs, List<Score> ranked, String priority) {
    if (urgent(priority)) {
      return Optional.empty();
    }
    for (Need need : needs) {
      Optional<Candidate> learner =
          ranked.stream()
              .map(Score::candidate)
              .filter(c -> c.level(need.skillId()) == need.level() - 1)
              .min(Comparator.comparingInt(Candidate::openTickets)); // stable: better ranked first
      if (learner.isEmpty()) {
        continue;
      }
      Optional<Candidate> mentor =
          ranked.stream()
              .map(Score::candidate)
              .filter(c -> c != learner.get() && c.level(need.skillId()) >= need.level())
              .findFirst();
      if (mentor.isPresent()) {
        return Optional.of(
            new StretchPairing(
                need,
                learner.get(),
                mentor.get(),
                learner.get().level(need.skillId()),
                mentor.get().level(need.skillId())));
      }
    }
    return Optional.empty();
  }

  /** The formula with this instance's settings, for the response's {@code scoring}. */
  public String describe() {
    return "score = round(60 × fit + 15 × evidence + 25 × load), 0–100. fit: mean over the"
        + " requested skills of 1 when the level needed is held (covered), 0.5 per level short"
        + " (one level short = 0.5, two = 0.25 …), 0 when the skill is missing. evidence: mean over"
        + " the requested skills of min(resolved tickets needing the skill, "
        + evidenceCap
        + ") / "
        + evidenceCap
        + ". load: 1 − min(open tickets, "
        + maxLoad
        + ") / "
        + maxLoad
        + ". For P1 and P2 anyone not covering every skill at the level needed scores at most "
        + PARTIAL_CAP_WHEN_URGENT
        + ", so full coverage ranks first. Equal scores: the unrounded score, then fewer open"
        + " tickets, then userName. People unavailable now are not ranked.";
  }
}
