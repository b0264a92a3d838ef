package dev.rapport.engagement.domain.metrics;

/**
 * A metric's figure for one period: its value (null when there is nothing to measure) and n, how
 * many observations it rests on.
 */
public record Figure(Double value, long n) {

  /** {@code part} of {@code whole} in percent; null when {@code whole} is 0. */
  static Figure percent(double part, long whole) {
    return new Figure(whole <= 0 ? null : 100.0 * part / whole, Math.max(whole, 0));
  }

  /** A count: its value is n. */
  static Figure count(long n) {
    return new Figure((double) n, n);
  }
}
