package dev.rapport.skills.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.events.EventCatalog;
import dev.rapport.events.EventPayload;
import dev.rapport.events.Topics;
import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.skills.domain.TicketProjection;
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
 * Reads rapport.tickets.v1 into the ticket projection (demand, open load, evidence of practice).
 * Each event is applied once: its ce_id is recorded in the transaction of its effect. Types this
 * service does not know (a newer producer's) are acknowledged and skipped. A message that is not a
 * CloudEvent, or a known type whose data cannot be read, fails and goes to the dead-letter topic
 * {@code rapport.tickets.v1.dlq.skills-service} with the reason in its headers at once; any other
 * failure (a lost database connection, a serialisation conflict) is retried a few times, each try
 * in a new transaction, before the message is dead-lettered. The consumer goes on with the next
 * message.
 */
@ApplicationScoped
public class TicketEventsConsumer {
  /** The incoming channel; its Kafka settings are in application.properties. */
  public static final String CHANNEL = "tickets";

  /** The consumer name under which applied ce_ids are recorded. */
  static final String CONSUMER = "skills-service";

  private static final Logger LOG = Logger.getLogger(TicketEventsConsumer.class);

  private final ProcessedEvents processedEvents;
  private final TicketProjection projection;
  private final ObjectMapper json;

  TicketEventsConsumer(
      ProcessedEvents processedEvents, TicketProjection projection, ObjectMapper json) {
    this.processedEvents = processedEvents;
    this.projection = projection;
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
    EventPayload payload = read(event, entry.get());
    // The effect and the ce_id record commit together; each retry is a transaction of its own.
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              if (processedEvents.firstDelivery(CONSUMER, event.id())) {
                projection.apply(ticketOf(payload));
              }
            });
  }

  private EventPayload read(IncomingCloudEvent event, EventCatalog.Entry entry) {
    if (event.data() == null || event.data().isBlank()) {
      throw new IllegalArgumentException(event.type() + " " + event.id() + " carries no data");
    }
    try {
      return json.readValue(event.data(), entry.payload());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "cannot read " + event.type() + " " + event.id() + ": " + e.getOriginalMessage(), e);
    }
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
