package dev.rapport.notification.messaging;

import dev.rapport.events.Topics;
import dev.rapport.events.ticket.TicketEventPayload;
import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.notification.domain.TicketNotifications;
import dev.rapport.support.messaging.EventIntake;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads rapport.tickets.v1 into deliveries for the people with a stake in each ticket and for the
 * subscribed chat rooms and systems. Each event is handled once: its ce_id is recorded in the
 * transaction that creates its deliveries, and (event, recipient, channel) is unique besides, so a
 * redelivered event, also across a restart mid-batch, makes no second message. Unknown types are
 * acknowledged and skipped; poison goes to {@code rapport.tickets.v1.dlq.notification-service} at
 * once, other failures after retries, each in a new transaction; the consumer goes on.
 */
@ApplicationScoped
public class TicketEventsConsumer {
  /** The incoming channel; its Kafka settings are in application.properties. */
  public static final String CHANNEL = "tickets";

  /** The consumer name under which applied ce_ids are recorded. */
  static final String CONSUMER = "notification-service:tickets";

  private final EventIntake intake;
  private final TicketNotifications notifications;

  TicketEventsConsumer(EventIntake intake, TicketNotifications notifications) {
    this.intake = intake;
    this.notifications = notifications;
  }

  @Incoming(CHANNEL)
  @Blocking
  // Poison (IllegalArgumentException: not a CloudEvent, unreadable data) is not worth retrying.
  @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = IllegalArgumentException.class)
  public void consume(ConsumerRecord<String, String> record) {
    intake.applyOnce(
        record,
        Topics.TICKETS,
        CONSUMER,
        (event, payload) -> {
          TicketSummary ticket = ((TicketEventPayload) payload).ticket();
          if (ticket == null || ticket.id() == null) {
            throw new IllegalArgumentException(
                event.type() + " " + event.id() + " carries no ticket");
          }
          notifications.notify(event, payload, ticket);
        });
  }
}
