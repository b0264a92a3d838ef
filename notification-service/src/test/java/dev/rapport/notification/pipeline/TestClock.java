package dev.rapport.notification.pipeline;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test sets (quiet hours, digests); the system clock while nobody has set it. Enabled by
 * {@link PipelineProfile}.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends Clock {
  private final AtomicReference<Instant> fixed = new AtomicReference<>();

  /** From now on the time is {@code instant}. */
  public void set(Instant instant) {
    fixed.set(instant);
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
