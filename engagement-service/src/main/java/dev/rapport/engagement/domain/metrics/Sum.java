package dev.rapport.engagement.domain.metrics;

import dev.rapport.engagement.domain.Histogram;

/**
 * Summed roll-up rows of one series: facts counted (signed), their measures summed, and their
 * merged histogram (empty for series without one).
 */
public record Sum(long n, double total, long[] buckets) {
  public static final Sum ZERO = new Sum(0, 0, new long[0]);

  /** This sum and {@code other}. */
  public Sum plus(Sum other) {
    return new Sum(n + other.n, total + other.total, Histogram.add(buckets.clone(), other.buckets));
  }
}
