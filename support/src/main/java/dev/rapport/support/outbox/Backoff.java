package dev.rapport.support.outbox;

import java.time.Duration;

/** Exponential back-off between failed rounds: 100 ms, 200 ms, ... up to a ceiling. */
final class Backoff {
  private final Duration first;
  private final Duration max;
  private int failures;

  Backoff(Duration first, Duration max) {
    this.first = first;
    this.max = max;
  }

  /** Counts a failure and returns how long to wait before the next attempt. */
  Duration next() {
    failures++;
    int doublings = Math.min(failures - 1, 30);
    Duration delay = first.multipliedBy(1L << doublings);
    return delay.compareTo(max) > 0 ? max : delay;
  }

  int failures() {
    return failures;
  }

  void reset() {
    failures = 0;
  }
}
