package dev.rapport.skills.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The maths of a skill gap: headcount needed at a level against headcount had, the bus factor, the
 * demand seen in tickets, and a severity that combines them. Pure: numbers in, numbers out.
 *
 * <p>The score (0 to 100) is the sum of four terms:
 *
 * <ul>
 *   <li>coverage: {@value #COVERAGE_POINTS} × gap / needed, rounded half up (0 to 50);
 *   <li>bus factor: {@value #NO_HOLDER_POINTS} when nobody holds the skill at level, {@value
 *       #ONE_HOLDER_POINTS} when exactly one person does (a single point of failure), else 0;
 *   <li>demand: {@value #DEMAND_POINTS_PER_TICKET} per ticket that required the skill in the
 *       window, at most {@value #DEMAND_POINTS_CAP};
 *   <li>unmet demand: {@value #UNMET_POINTS_PER_TICKET} per such ticket opened when nobody
 *       available held the skill, at most {@value #UNMET_POINTS_CAP}.
 * </ul>
 *
 * The two demand terms count only while the requirement is at risk (a gap, or at most one holder):
 * a requirement met by two or more holders has no gap however busy the skill is. Severity: 0 NONE,
 * 1–24 LOW, 25–49 MEDIUM, 50–79 HIGH, 80–100 CRITICAL ({@link GapSeverity}). Every term is
 * non-decreasing in the gap, in demand and as holders fall, so a bigger gap, fewer holders or more
 * demand never lower the severity.
 */
public final class GapAnalysis {
  static final int COVERAGE_POINTS = 50;
  static final int NO_HOLDER_POINTS = 25;
  static final int ONE_HOLDER_POINTS = 15;
  static final int DEMAND_POINTS_PER_TICKET = 1;
  static final int DEMAND_POINTS_CAP = 10;
  static final int UNMET_POINTS_PER_TICKET = 3;
  static final int UNMET_POINTS_CAP = 15;

  private GapAnalysis() {}

  /** One term of the score and how it was reached. */
  public record Term(String name, int points, String explanation) {}

  /**
   * How the score and severity were computed: each term, their sum, and the lowest score of each
   * severity.
   */
  public record Computation(
      List<Term> terms, int score, Map<String, Integer> thresholds, String summary) {}

  /**
   * A gap as assessed.
   *
   * @param needed headcount needed at the level
   * @param had headcount holding the skill at the level
   * @param gap headcount missing, never below 0
   * @param busFactor how many people hold the skill at the level
   * @param singlePointOfFailure exactly one person holds it
   * @param demand tickets that required the skill in the window
   * @param unmetDemand of those, tickets opened when nobody available held the skill
   */
  public record Assessment(
      int needed,
      int had,
      int gap,
      int busFactor,
      boolean singlePointOfFailure,
      int demand,
      int unmetDemand,
      int score,
      GapSeverity severity,
      Computation computation) {}

  /**
   * A team's requirement: {@code had} members hold the skill at the level, so the gap is {@code
   * max(0, needed − had)} and the bus factor is {@code had}.
   */
  public static Assessment ofTeam(
      int needed, int had, int demand, int unmetDemand, String windowDescription) {
    return assess(
        needed, had, Math.max(0, needed - had), had, demand, unmetDemand, windowDescription);
  }

  /**
   * The general case, e.g. a skill across the organisation, where the gap is a sum over teams and
   * the bus factor counts distinct people.
   *
   * @param windowDescription how the demand window reads in a sentence, e.g. "the last 30 days"
   */
  public static Assessment assess(
      int needed,
      int had,
      int gap,
      int busFactor,
      int demand,
      int unmetDemand,
      String windowDescription) {
    if (needed < 1 || had < 0 || gap < 0 || gap > needed || busFactor < 0) {
      throw new IllegalArgumentException(
          "needed must be at least 1 and 0 <= gap <= needed; got needed "
              + needed
              + ", had "
              + had
              + ", gap "
              + gap
              + ", busFactor "
              + busFactor);
    }
    if (demand < 0 || unmetDemand < 0 || unmetDemand > demand) {
      throw new IllegalArgumentException(
          "0 <= unmetDemand <= demand; got " + unmetDemand + " of " + demand);
    }
    List<Term> terms = new ArrayList<>(4);
    int coverage =
        BigDecimal.valueOf((long) COVERAGE_POINTS * gap)
            .divide(BigDecimal.valueOf(needed), 0, RoundingMode.HALF_UP)
            .intValue();
    terms.add(
        new Term(
            "coverage",
            coverage,
            gap == 0
                ? "no headcount missing: 0 of " + needed + " needed"
                : gap
                    + " of "
                    + needed
                    + " needed missing: "
                    + COVERAGE_POINTS
                    + " × "
                    + gap
                    + "/"
                    + needed
                    + " = "
                    + BigDecimal.valueOf((long) COVERAGE_POINTS * gap)
                        .divide(BigDecimal.valueOf(needed), 2, RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString()
                    + ", rounded half up to "
                    + coverage));
    int busPoints = busFactor == 0 ? NO_HOLDER_POINTS : busFactor == 1 ? ONE_HOLDER_POINTS : 0;
    terms.add(
        new Term(
            "busFactor",
            busPoints,
            (busFactor == 0
                    ? "nobody holds it at level"
                    : busFactor == 1
                        ? "one person holds it at level: a single point of failure"
                        : busFactor + " people hold it at level")
                + " (0 holders "
                + NO_HOLDER_POINTS
                + ", 1 holder "
                + ONE_HOLDER_POINTS
                + ", 2 or more 0)"));
    boolean atRisk = gap > 0 || busFactor <= 1;
    int demandPoints = atRisk ? Math.min(DEMAND_POINTS_CAP, DEMAND_POINTS_PER_TICKET * demand) : 0;
    int unmetPoints =
        atRisk ? Math.min(UNMET_POINTS_CAP, UNMET_POINTS_PER_TICKET * unmetDemand) : 0;
    String notCounted = "not counted: met by 2 or more holders, so not at risk";
    terms.add(
        new Term(
            "demand",
            demandPoints,
            demand
                + (demand == 1 ? " ticket" : " tickets")
                + " needed it in "
                + windowDescription
                + ": "
                + (atRisk
                    ? DEMAND_POINTS_PER_TICKET + " point each, at most " + DEMAND_POINTS_CAP
                    : notCounted)));
    terms.add(
        new Term(
            "unmetDemand",
            unmetPoints,
            unmetDemand
                + " of them found nobody available who held it: "
                + (atRisk
                    ? UNMET_POINTS_PER_TICKET + " points each, at most " + UNMET_POINTS_CAP
                    : notCounted)));
    int score = terms.stream().mapToInt(Term::points).sum();
    GapSeverity severity = GapSeverity.ofScore(score);
    Map<String, Integer> thresholds = new LinkedHashMap<>();
    for (GapSeverity s : GapSeverity.values()) {
      thresholds.put(s.name(), s.minimumScore());
    }
    String summary =
        String.join(" + ", terms.stream().map(t -> Integer.toString(t.points())).toList())
            + " = "
            + score
            + " → "
            + severity
            + " ("
            + range(severity)
            + ")";
    return new Assessment(
        needed,
        had,
        gap,
        busFactor,
        busFactor == 1,
        demand,
        unmetDemand,
        score,
        severity,
        new Computation(List.copyOf(terms), score, thresholds, summary));
  }

  private static String range(GapSeverity severity) {
    GapSeverity[] all = GapSeverity.values();
    int next = severity.ordinal() + 1;
    if (next == all.length) {
      return severity.minimumScore() + " or more";
    }
    int upper = all[next].minimumScore() - 1;
    return severity.minimumScore() == upper
        ? Integer.toString(upper)
        : severity.minimumScore() + "–" + upper;
  }
}
