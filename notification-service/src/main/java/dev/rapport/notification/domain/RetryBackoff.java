package dev.rapport.notification.domain;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * When a failed delivery is tried again: exponential backoff with full jitter. After the n-th
 * failed try the cap is {@code initial * 2^(n-1)}, at most {@code max}, and the delay is uniformly
 * random between zero and the cap, so that many deliveries that failed together (an endpoint went
 * down) do not all come back at the same moment.
 */
public final class RetryBackoff {
  private final Duration initial;
  private final Duration max;
  private final RandomGenerator random;

  public RetryBackoff(Duration initial, Duration max, RandomGenerator random) {
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("need 0 < initial <= max; got " + initial + ", " + max);
    }
    this.initial = initial;
    this.max = max;
    this.random = random;
  }

  /** The upper bound of the delay after {@code failedTries} (1 or more) failed tries. */
  public Duration cap(int failedTries) {
    int doublings = Math.max(0, failedTries - 1);
    // 2^40 times any sane initial is beyond every sane max: stop doubling before overflow.
    if (doublings >= 40) {
      return max;
    }
    long millis = initial.toMillis();
    long capped = millis > (max.toMillis() >> doublings) ? max.toMillis() : millis << doublings;
    return Duration.ofMillis(Math.min(capped, max.toMillis()));
  }

  /** The delay before the next try after {@code failedTries} failed tries: random in [0, cap]. */
  public Duration delay(int failedTries) {
    long cap = cap(failedTries).toMillis();
    return Duration.ofMillis(random.nextLong(cap + 1));
  }
}
