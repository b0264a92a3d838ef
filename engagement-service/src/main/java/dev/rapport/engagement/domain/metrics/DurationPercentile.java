package dev.rapport.engagement.domain.metrics;

import dev.rapport.engagement.domain.Histogram;

/**
 * A median or p90 of durations, from the merged histograms of the period's roll-ups (so it is exact
 * to the histogram's bucket: within {@value Histogram#ERROR_PERCENT} %).
 */
abstract class DurationPercentile implements Metric {
  private final String name;
  private final String series;
  private final double quantile;
  private final String measured;

  DurationPercentile(String name, String series, double quantile, String measured) {
    this.name = name;
    this.series = series;
    this.quantile = quantile;
    this.measured = measured;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String unit() {
    return "seconds";
  }

  @Override
  public String definition() {
    return (quantile == 0.5 ? "Median" : "The " + Math.round(quantile * 100) + "th percentile")
        + " of "
        + measured
        + ", wall-clock seconds. From histograms of 4 log-spaced buckets per doubling, merged over"
        + " the period's days: the value is its bucket's geometric middle, within "
        + Histogram.ERROR_PERCENT
        + " % of the exact one.";
  }

  @Override
  public Figure figure(Totals totals) {
    Sum sum = totals.in(series);
    return new Figure(Histogram.percentile(sum.buckets(), quantile), sum.n());
  }
}
