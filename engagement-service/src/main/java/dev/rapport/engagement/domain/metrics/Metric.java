package dev.rapport.engagement.domain.metrics;

/**
 * One service metric, defined once: its name in responses, its unit, its definition (including how
 * a period's figure follows from the days in it), and the figure of a period from summed roll-ups.
 * The metrics of a report are {@link Metrics#ALL}.
 */
public interface Metric {

  /** The name in responses, e.g. {@code firstResponseTime.median}. */
  String name();

  /** The unit of the value: tickets, seconds, percent, days, rating, ... */
  String unit();

  /** What it measures, from which facts, and how a period's figure sums over its days. */
  String definition();

  /** The figure of one period. */
  Figure figure(Totals totals);
}
