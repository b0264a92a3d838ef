package dev.rapport.local.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A UTC clock a test sets or moves on; the system clock while nobody has set it. A service's test
 * makes it the application's clock with a subclass that is a CDI alternative.
 */
public class SettableClock extends Clock {
  private final AtomicReference<Instant> fixed = new AtomicReference<>();

  /** From now on the time is {@code instant}. */
  public void set(Instant instant) {
    fixed.set(instant);
  }

  /** Moves the set time on by {@code step} (from the system time when none is set). */
  public void advance(Duration step) {
    fixed.updateAndGet(at -> (at == null ? Instant.now() : at).plus(step));
  }

  /** Back to the system clock. */
  public void reset() {
    fixed.set(null);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    Instant at = fixed.get();
    return at == null ? Instant.now() : at;
  }
}
