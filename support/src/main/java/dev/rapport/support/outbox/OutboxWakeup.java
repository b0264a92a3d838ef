package dev.rapport.support.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Wakes the relay when a transaction that wrote outbox rows has committed. Wake-ups that arrive
 * while the relay is busy collapse into one: it reads everything pending when it looks anyway.
 */
@ApplicationScoped
class OutboxWakeup {
  private final Semaphore signals = new Semaphore(0);

  void signal() {
    if (signals.availablePermits() == 0) {
      signals.release();
    }
  }

  /** Returns when signalled or after {@code timeout}, whichever is first. */
  void await(Duration timeout) throws InterruptedException {
    if (signals.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
      signals.drainPermits();
    }
  }
}
