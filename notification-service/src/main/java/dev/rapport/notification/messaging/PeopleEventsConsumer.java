package dev.rapport.notification.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.events.EventCatalog;
import dev.rapport.events.EventPayload;
import dev.rapport.events.Topics;
import dev.rapport.events.people.PersonDeactivated;
import dev.rapport.events.people.PersonUpserted;
import dev.rapport.notification.domain.ContactProjection;
import dev.rapport.support.messaging.IncomingCloudEvent;
import dev.rapport.support.messaging.IncomingEvents;
import dev.rapport.support.messaging.ProcessedEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads rapport.people.v1 into contacts: PersonUpserted creates or updates a contact,
 * PersonDeactivated makes it inactive (a deactivated person gets nothing). Other people events
 * (team changes: each member's PersonUpserted carries their teams) and unknown types are
 * acknowledged and skipped. Each event is applied once (ce_id recorded with its effect); poison
 * goes to {@code rapport.people.v1.dlq.notification-service} at once, other failures after retries,
 * each in a new transaction; the consumer goes on.
 */
@ApplicationScoped
public class PeopleEventsConsumer {
  /** The incoming channel; its Kafka settings are in application.properties. */
  public static final String CHANNEL = "people";

  /** The consumer name under which applied ce_ids are recorded. */
  static final String CONSUMER = "notification-service:people";

  private static final Logger LOG = Logger.getLogger(PeopleEventsConsumer.class);

  private final ProcessedEvents processedEvents;
  private final ContactProjection contacts;
  private final ObjectMapper json;

  PeopleEventsConsumer(
      ProcessedEvents processedEvents, ContactProjection contacts, ObjectMapper json) {
    this.processedEvents = processedEvents;
    this.contacts = contacts;
    this.json = json;
  }

  @Incoming(CHANNEL)
  @Blocking
  // Poison (IllegalArgumentException: not a CloudEvent, unreadable data) is not worth retrying.
  @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = IllegalArgumentException.class)
  public void consume(ConsumerRecord<String, String> record) {
    IncomingCloudEvent event = IncomingEvents.from(record);
    Optional<EventCatalog.Entry> entry =
        EventCatalog.byType(event.type()).filter(e -> e.topic().equals(Topics.PEOPLE));
    if (entry.isEmpty()
        || !(event.type().equals(PersonUpserted.TYPE)
            || event.type().equals(PersonDeactivated.TYPE))) {
      LOG.debugf("Skipping people event %s of type %s", event.id(), event.type());
      return;
    }
    EventPayload payload = Payloads.read(json, event, entry.get());
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              if (processedEvents.firstDelivery(CONSUMER, event.id())) {
                if (payload instanceof PersonUpserted upserted) {
                  contacts.apply(upserted.person(), true);
                } else if (payload instanceof PersonDeactivated deactivated) {
                  contacts.apply(deactivated.person(), false);
                }
              }
            });
  }
}
