package dev.rapport.support.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.events.EventCatalog;
import dev.rapport.events.EventPayload;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
                route.prepare(List.of(payload.get()));
                route.handle(event, payload.get());
                route.finish();
              }
            });
  }

  /** A record of a batch that is poison: not applied, for the channel's dead-letter queue alone. */
  public record Poison(ConsumerRecord<String, String> record, IllegalArgumentException reason) {}

  /**
   * Applies the records of one poll through {@code route} in ONE transaction, each once (its ce_id
   * recorded with its effect), in their order: one commit for the lot instead of one a record.
   * Poison records are left out and answered, for the caller to dead-letter each alone; unknown
   * types are skipped. When the transaction fails nothing of it is applied and the failure is
   * thrown: the caller ({@link EventBatches}) then applies the records one by one with {@link
   * #applyOnce}, so that a record that fails on its own goes to the dead-letter queue alone and the
   * others are applied.
   */
  public List<Poison> applyAllOnce(List<ConsumerRecord<String, String>> records, EventRoute route) {
    List<IncomingCloudEvent> events = new ArrayList<>();
    List<EventPayload> payloads = new ArrayList<>();
    List<Poison> poison = new ArrayList<>();
    for (ConsumerRecord<String, String> record : records) {
      try {
        IncomingCloudEvent event = IncomingEvents.from(record);
        Optional<EventPayload> payload = read(event, route.topic());
        if (payload.isPresent()) {
          events.add(event);
          payloads.add(payload.get());
        }
      } catch (IllegalArgumentException e) {
        poison.add(new Poison(record, e));
      }
    }
    if (!events.isEmpty()) {
      String consumer = consumerName(route.channel());
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                Set<String> first =
                    new HashSet<>(
                        processedEvents.firstDeliveries(
                            consumer, events.stream().map(IncomingCloudEvent::id).toList()));
                List<Integer> applied = new ArrayList<>();
                for (int i = 0; i < events.size(); i++) {
                  // remove: an event twice in one poll is applied once
                  if (first.remove(events.get(i).id())) {
                    applied.add(i);
                  }
                }
                route.prepare(applied.stream().map(payloads::get).toList());
                for (int i : applied) {
                  route.handle(events.get(i), payloads.get(i));
                }
                route.finish();
              });
    }
    return poison;
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
