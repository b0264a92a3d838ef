package dev.rapport.notification.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.events.EventCatalog;
import dev.rapport.events.EventPayload;
import dev.rapport.events.Topics;
import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.notification.domain.TicketNotifications;
import dev.rapport.support.messaging.IncomingCloudEvent;
import dev.rapport.support.messaging.IncomingEvents;
import dev.rapport.support.messaging.ProcessedEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

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

  private static final Logger LOG = Logger.getLogger(TicketEventsConsumer.class);

  private final ProcessedEvents processedEvents;
  private final TicketNotifications notifications;
  private final ObjectMapper json;

  TicketEventsConsumer(
      ProcessedEvents processedEvents, TicketNotifications notifications, ObjectMapper json) {
    this.processedEvents = processedEvents;
    this.notifications = notifications;
    this.json = json;
  }

  @Incoming(CHANNEL)
  @Blocking
  // Poison (IllegalArgumentException: not a CloudEvent, unreadable data) is not worth retrying.
  @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = IllegalArgumentException.class)
  public void consume(ConsumerRecord<String, String> record) {
    IncomingCloudEvent event = IncomingEvents.from(record);
    Optional<EventCatalog.Entry> entry =
        EventCatalog.byType(event.type()).filter(e -> e.topic().equals(Topics.TICKETS));
    if (entry.isEmpty()) {
      LOG.debugf("Skipping event %s of unknown type %s", event.id(), event.type());
      return;
    }
    EventPayload payload = Payloads.read(json, event, entry.get());
    TicketSummary ticket = ticketOf(payload);
    if (ticket == null || ticket.id() == null) {
      throw new IllegalArgumentException(event.type() + " " + event.id() + " carries no ticket");
    }
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              if (processedEvents.firstDelivery(CONSUMER, event.id())) {
                notifications.notify(event, payload, ticket);
              }
            });
  }

  /** Every ticket event record carries the ticket as its {@code ticket} component. */
  private static TicketSummary ticketOf(EventPayload payload) {
    RecordComponent component =
        Arrays.stream(payload.getClass().getRecordComponents())
            .filter(c -> c.getName().equals("ticket") && c.getType() == TicketSummary.class)
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        payload.getClass().getName() + " carries no TicketSummary 'ticket'"));
    try {
      return (TicketSummary) component.getAccessor().invoke(payload);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }
}
