package dev.rapport.engagement.domain.metrics;

import dev.rapport.engagement.domain.FactKind;

/** How long requesters waited for IT's first public update. */
public final class FirstResponseTime extends DurationPercentile {
  public static final FirstResponseTime MEDIAN = new FirstResponseTime("median", 0.5);
  public static final FirstResponseTime P90 = new FirstResponseTime("p90", 0.9);

  private FirstResponseTime(String figure, double quantile) {
    super(
        "firstResponseTime." + figure,
        FactKind.FIRST_RESPONSE.series(null),
        quantile,
        "the time from a ticket's opening to the first PUBLIC update by anyone but its requester,"
            + " for first responses in the period");
  }
}
