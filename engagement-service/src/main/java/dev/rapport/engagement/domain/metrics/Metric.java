package dev.rapport.engagement.domain.metrics;

/**
 * One service metric read from the roll-ups, defined once: its name, unit and definition (including
 * how a period's figure follows from the days in it), and the figure of a period from summed
 * roll-ups. The metrics of a report are {@link Metrics#ALL}, then {@link Metrics#PULSE}.
 */
public interface Metric extends MetricDefinition {

  /** The figure of one period. */
  Figure figure(Totals totals);
}
