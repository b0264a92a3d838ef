package dev.rapport.engagement.domain.metrics;

import dev.rapport.engagement.domain.FactKind;

/** How long tickets took from opening to resolution. */
public final class TimeToResolve extends DurationPercentile {
  public static final TimeToResolve MEDIAN = new TimeToResolve("median", 0.5);
  public static final TimeToResolve P90 = new TimeToResolve("p90", 0.9);

  private TimeToResolve(String figure, double quantile) {
    super(
        "timeToResolve." + figure,
        FactKind.TICKET_RESOLVED.series(null),
        quantile,
        "the time from a ticket's opening to its resolution, for resolutions in the period");
  }
}
