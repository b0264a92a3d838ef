package dev.rapport.skills.domain;

/**
 * How serious a skill gap is, from its score (0 to 100, see {@link GapAnalysis}). Declared from the
 * least to the most serious, so that {@code compareTo} orders them.
 */
public enum GapSeverity {
  NONE(0),
  LOW(1),
  MEDIUM(25),
  HIGH(50),
  CRITICAL(80);

  private final int minimumScore;

  GapSeverity(int minimumScore) {
    this.minimumScore = minimumScore;
  }

  /** The lowest score with this severity. */
  public int minimumScore() {
    return minimumScore;
  }

  /** The severity of a score: the most serious one whose minimum the score reaches. */
  public static GapSeverity ofScore(int score) {
    GapSeverity severity = NONE;
    for (GapSeverity candidate : values()) {
      if (score >= candidate.minimumScore) {
        severity = candidate;
      }
    }
    return severity;
  }

  public boolean atLeast(GapSeverity other) {
    return compareTo(other) >= 0;
  }
}
