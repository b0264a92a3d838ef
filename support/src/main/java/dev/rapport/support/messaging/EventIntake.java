package dev.rapport.support.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.events.EventCatalog;
import dev.rapport.events.EventPayload;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.jboss.logging.Logger;

/**
 * How every Rapport consumer takes in an event, so that the rules hold everywhere: a record that is
 * not a CloudEvent, or whose data does not read as its type's payload record, is poison ({@link
 * IllegalArgumentException}: the channel's dead-letter queue takes it, no retries); a type this
 * build does not know (a newer producer's) is acknowledged and skipped; a known event is applied in
 * a transaction of its own together with the record of its ce_id, so a redelivery changes nothing.
 * Any other failure (a lost connection, a serialisation conflict) is retried a few times, each try
 * in a new transaction, before the record goes to the dead-letter topic. Applied ce_ids are
 * recorded under {@code <service>:<channel>} ({@link #consumerName}). A consumer is then a few
 * lines:
 *
 * <pre>{@code
 * @Incoming(CHANNEL)
 * @Blocking
 * public void consume(ConsumerRecord<String, String> record) {
 *   intake.applyOnce(record, route); // route = EventRoute.from(CHANNEL, Topics.TICKETS).on(...)
 * }
 * }</pre>
 */
@ApplicationScoped
public class EventIntake {
  private static final Logger LOG = Logger.getLogger(EventIntake.class);

  private final ProcessedEvents processedEvents;
  private final ObjectMapper json;
  private final String serviceName;

  EventIntake(
      ProcessedEvents processedEvents,
      ObjectMapper json,
      @ConfigProperty(name = "rapport.service.name") String serviceName) {
    this.processedEvents = processedEvents;
    this.json = json;
    this.serviceName = serviceName;
  }

  /**
   * Applies {@code record} once through {@code route}: the handler for its payload type gets the
   * CloudEvent and its payload, inside the transaction that records the ce_id.
   *
   * @throws IllegalArgumentException for poison (not retried)
   */
  // Poison is not worth retrying; anything else may be a passing outage.
  @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = IllegalArgumentException.class)
  public void applyOnce(ConsumerRecord<String, String> record, EventRoute route) {
    IncomingCloudEvent event = IncomingEvents.from(record);
    Optional<EventPayload> payload = read(event, route.topic());
    if (payload.isEmpty()) {
      LOG.debugf(
          "Skipping event %s of unknown type %s on %s", event.id(), event.type(), route.topic());
      return;
    }
    String consumer = consumerName(route.channel());
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              if (processedEvents.firstDelivery(consumer, event.id())) {
                route.handle(event, payload.get());
              }
            });
  }

  /** The name a channel's applied ce_ids are recorded under: {@code ticket-service:people}. */
  public String consumerName(String channel) {
    return serviceName + ":" + channel;
  }

  /**
   * The payload of {@code event} if its type is one of {@code topic}'s in the catalogue.
   *
   * @throws IllegalArgumentException when the data is missing or does not read as the record
   */
  public Optional<EventPayload> read(IncomingCloudEvent event, String topic) {
    Optional<EventCatalog.Entry> entry =
        EventCatalog.byType(event.type()).filter(e -> e.topic().equals(topic));
    if (entry.isEmpty()) {
      return Optional.empty();
    }
    if (event.data() == null || event.data().isBlank()) {
      throw new IllegalArgumentException(event.type() + " " + event.id() + " carries no data");
    }
    try {
      return Optional.of(json.readValue(event.data(), entry.get().payload()));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "cannot read " + event.type() + " " + event.id() + ": " + e.getOriginalMessage(), e);
    }
  }
}
