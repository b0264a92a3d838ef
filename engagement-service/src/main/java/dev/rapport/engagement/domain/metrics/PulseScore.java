package dev.rapport.engagement.domain.metrics;

import dev.rapport.engagement.domain.pulse.RoundFigures;
import java.util.List;

/**
 * The staff's average agreement with the pulse statements. A metric rather than a figure of the
 * chain only, so that it has one definition, the same anonymity bar as eNPS, and a series a lead
 * can read beside the other metrics.
 */
public final class PulseScore implements PulseMetric {
  @Override
  public String name() {
    return "pulseScore";
  }

  @Override
  public String unit() {
    return "score";
  }

  @Override
  public String definition() {
    return "Average answer (1 disagree to 5 agree) to the 1-5 statements of the pulse surveys,"
        + " every statement of every answer weighing the same; n is the answers that scored"
        + " statements."
        + PulseMetric.rounds("sum of the statement answers / their count");
  }

  @Override
  public Figure figure(List<RoundFigures> rounds) {
    long sum = 0;
    long scores = 0;
    long scored = 0;
    for (RoundFigures round : rounds) {
      sum += round.scoreSum();
      scores += round.scores();
      scored += round.scored();
    }
    return new Figure(scores == 0 ? null : (double) sum / scores, scored);
  }
}
