package dev.rapport.notification.messaging;

import dev.rapport.events.Topics;
import dev.rapport.events.ticket.TicketEventPayload;
import dev.rapport.notification.domain.BusinessOwners;
import dev.rapport.notification.domain.TicketNotifications;
import dev.rapport.support.messaging.EventIntake;
import dev.rapport.support.messaging.EventRoute;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads rapport.tickets.v1 into deliveries for the people with a stake in each ticket and for the
 * subscribed chat rooms and systems, and keeps who each business service's business owners are
 * ({@link BusinessOwners}, for service-level engagement alerts). Each event is handled once ({@link
 * EventIntake}: its ce_id is recorded in the transaction that creates its deliveries), and (event,
 * recipient, channel) is unique besides, so a redelivered event, also across a restart mid-batch,
 * makes no second message. An event that names no ticket is poison.
 */
@ApplicationScoped
public class TicketEventsConsumer {
  /** The incoming channel; its topic and dead-letter topic are in application.properties. */
  public static final String CHANNEL = "tickets";

  private final EventIntake intake;
  private final EventRoute route;

  TicketEventsConsumer(
      EventIntake intake, TicketNotifications notifications, BusinessOwners owners) {
    this.intake = intake;
    this.route =
        EventRoute.from(CHANNEL, Topics.TICKETS)
            .on(
                TicketEventPayload.class,
                (event, payload) -> {
                  if (payload.ticket() == null || payload.ticket().id() == null) {
                    throw new IllegalArgumentException(
                        event.type() + " " + event.id() + " carries no ticket");
                  }
                  owners.apply(payload.ticket());
                  notifications.notify(event, payload, payload.ticket());
                });
  }

  @Incoming(CHANNEL)
  @Blocking
  public void consume(ConsumerRecord<String, String> record) {
    intake.applyOnce(record, route);
  }
}
