package dev.rapport.engagement.domain.pulse;

import java.util.Collection;

/**
 * Employee Net Promoter Score: the share of promoters (9 or 10) minus the share of detractors (0 to
 * 6), in percentage points from -100 to +100; passives (7, 8) count only in the total.
 *
 * @param score promoters% - detractors%, rounded to one decimal; null without answers
 */
public record Enps(Double score, int promoters, int passives, int detractors, int responses) {
  /** How the figure is defined, for responses that carry their definition. */
  public static final String DEFINITION =
      "% promoters (9-10) - % detractors (0-6) of the answers to \""
          + PulseSurvey.ENPS_QUESTION
          + "\"";

  /** The eNPS of these answers (each 0 to 10). */
  public static Enps of(Collection<Integer> answers) {
    int promoters = 0;
    int passives = 0;
    int detractors = 0;
    for (int answer : answers) {
      if (answer >= 9) {
        promoters++;
      } else if (answer >= 7) {
        passives++;
      } else {
        detractors++;
      }
    }
    return of(promoters, passives, detractors);
  }

  /** The eNPS of answers that counted so many promoters, passives and detractors. */
  public static Enps of(int promoters, int passives, int detractors) {
    int responses = promoters + passives + detractors;
    Double score =
        responses == 0 ? null : Math.round(1000.0 * (promoters - detractors) / responses) / 10.0;
    return new Enps(score, promoters, passives, detractors, responses);
  }

  /** These answers and {@code other}'s together: how rounds of one period combine. */
  public Enps plus(Enps other) {
    return of(
        promoters + other.promoters, passives + other.passives, detractors + other.detractors);
  }
}
