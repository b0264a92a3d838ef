package dev.rapport.notification.messaging;

import dev.rapport.events.Topics;
import dev.rapport.events.notification.NotificationDelivered;
import dev.rapport.events.notification.NotificationFailed;
import dev.rapport.events.notification.NotificationRead;
import dev.rapport.events.notification.NotificationRef;
import dev.rapport.notification.domain.Delivery;
import dev.rapport.notification.domain.DeliveryStatus;
import dev.rapport.notification.domain.NotificationEventPublisher;
import dev.rapport.support.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * What happened to messages ({@link NotificationEventPublisher}), on {@code
 * rapport.notifications.v1} (key = delivery id), written to the outbox in the transaction of the
 * change, so that engagement can measure reach and reads.
 */
@ApplicationScoped
public class NotificationEvents implements NotificationEventPublisher {
  private final Outbox outbox;

  NotificationEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public void delivered(Delivery delivery, boolean inDigest, Instant at) {
    outbox.publish(
        Topics.NOTIFICATIONS,
        new NotificationDelivered(ref(delivery), Math.max(1, delivery.attempts), inDigest, at));
  }

  @Override
  public void failed(Delivery delivery, String error, Instant at) {
    boolean dead = delivery.status == DeliveryStatus.DEAD;
    outbox.publish(
        Topics.NOTIFICATIONS,
        new NotificationFailed(
            ref(delivery),
            Math.max(1, delivery.attempts),
            error,
            dead,
            dead ? null : delivery.nextAttemptAt,
            at));
  }

  @Override
  public void read(Delivery delivery, ReadBy how, Instant at) {
    outbox.publish(Topics.NOTIFICATIONS, new NotificationRead(ref(delivery), how.name(), at));
  }

  static NotificationRef ref(Delivery delivery) {
    return new NotificationRef(
        delivery.id,
        delivery.eventId,
        delivery.eventType,
        delivery.ticketId,
        delivery.ticketKey,
        delivery.recipient,
        delivery.audience.name(),
        delivery.channel.name());
  }
}
