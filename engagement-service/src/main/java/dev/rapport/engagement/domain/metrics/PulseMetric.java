package dev.rapport.engagement.domain.metrics;

import dev.rapport.engagement.domain.pulse.RoundFigures;
import java.util.List;

/**
 * A metric of the staff pulse, defined once: its figure for one period follows from the pulse
 * rounds that closed in it, only rounds that reached the anonymity bar (pulses are per team, not in
 * the roll-ups). The pulse metrics of a report are {@link Metrics#PULSE}.
 */
public interface PulseMetric extends MetricDefinition {

  /** The figure of one period from the rounds above the bar that closed in it (maybe none). */
  Figure figure(List<RoundFigures> rounds);

  /** What every pulse metric's definition ends with: which rounds count, and where. */
  static String rounds(String combined) {
    return " From pulse rounds with at least rapport.engagement.pulse.min-group answers (the bar"
        + " the results endpoint shows a round from), each counted once it has closed, in the"
        + " period it closed in; the rounds of one period are combined by their answers ("
        + combined
        + "). Null when no such round closed in the period; a service's report has none, as"
        + " pulses are per team; the overview combines every team's rounds above the bar.";
  }
}
