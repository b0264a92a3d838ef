package dev.rapport.engagement.domain.metrics;

/**
 * What a report says of a metric besides its figures: its name in responses, its unit and its
 * definition. Roll-up metrics ({@link Metric}) and pulse metrics ({@link PulseMetric}) both have
 * one.
 */
public interface MetricDefinition {

  /** The name in responses, e.g. {@code firstResponseTime.median}. */
  String name();

  /** The unit of the value: tickets, seconds, percent, days, rating, ... */
  String unit();

  /** What it measures, from which facts, and how a period's figure sums over its days. */
  String definition();
}
