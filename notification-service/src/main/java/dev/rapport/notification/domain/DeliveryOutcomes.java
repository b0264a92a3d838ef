package dev.rapport.notification.domain;

import dev.rapport.notification.config.DeliveryConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Records how a try went, each in a transaction of its own, with its event on
 * rapport.notifications.v1: SENT (and delivered), FAILED with the next attempt after a {@link
 * RetryBackoff} delay (and failed), or DEAD once the tries are used up or the failure is permanent
 * (and failed, dead). A digest that is sent takes the messages it gathered with it.
 */
@ApplicationScoped
public class DeliveryOutcomes {
  private final NotificationEventPublisher events;
  private final DeliveryConfig config;
  private final RetryBackoff backoff;
  private final Clock clock;

  DeliveryOutcomes(NotificationEventPublisher events, DeliveryConfig config, Clock clock) {
    this.events = events;
    this.config = config;
    this.clock = clock;
    this.backoff =
        // java.util.Random is safe to share between the sender threads.
        new RetryBackoff(config.backoffInitial(), config.backoffMax(), new java.util.Random());
  }

  /** The channel took delivery {@code id}. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void sent(UUID id) {
    Delivery delivery = Delivery.findById(id);
    if (delivery == null || !inFlight(delivery)) {
      return; // deleted, or someone (a replay) decided otherwise meanwhile
    }
    Instant now = clock.instant();
    delivery.attempts++;
    delivery.claimedUntil = null;
    delivery.status = DeliveryStatus.SENT;
    delivery.sentAt = now;
    delivery.nextAttemptAt = null;
    delivery.lastError = null;
    events.delivered(delivery, false, now);
    List<Delivery> gathered =
        Delivery.list("digestId = ?1 and status = ?2", delivery.id, DeliveryStatus.DIGEST);
    for (Delivery message : gathered) {
      message.status = DeliveryStatus.SENT;
      message.sentAt = now;
      message.nextAttemptAt = null;
      events.delivered(message, true, now);
    }
  }

  /** The try of delivery {@code id} failed with {@code error}. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(UUID id, String error, boolean permanent) {
    Delivery delivery = Delivery.findById(id);
    if (delivery == null || !inFlight(delivery)) {
      return;
    }
    Instant now = clock.instant();
    delivery.attempts++;
    delivery.claimedUntil = null;
    delivery.lastError = error;
    if (permanent || delivery.attempts >= config.maxAttempts()) {
      delivery.status = DeliveryStatus.DEAD;
      delivery.nextAttemptAt = null;
    } else {
      delivery.status = DeliveryStatus.FAILED;
      delivery.nextAttemptAt = now.plus(backoff.delay(delivery.attempts));
    }
    events.failed(delivery, error, now);
  }

  private static boolean inFlight(Delivery delivery) {
    return delivery.status == DeliveryStatus.PENDING || delivery.status == DeliveryStatus.FAILED;
  }
}
