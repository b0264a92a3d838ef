package dev.rapport.notification.messaging;

import dev.rapport.events.Topics;
import dev.rapport.events.people.PersonDeactivated;
import dev.rapport.events.people.PersonUpserted;
import dev.rapport.notification.domain.ContactProjection;
import dev.rapport.support.messaging.EventIntake;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

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

  private final EventIntake intake;
  private final ContactProjection contacts;

  PeopleEventsConsumer(EventIntake intake, ContactProjection contacts) {
    this.intake = intake;
    this.contacts = contacts;
  }

  @Incoming(CHANNEL)
  @Blocking
  // Poison (IllegalArgumentException: not a CloudEvent, unreadable data) is not worth retrying.
  @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = IllegalArgumentException.class)
  public void consume(ConsumerRecord<String, String> record) {
    intake.applyOnce(
        record,
        Topics.PEOPLE,
        CONSUMER,
        (event, payload) -> {
          if (payload instanceof PersonUpserted upserted) {
            contacts.apply(upserted.person(), true);
          } else if (payload instanceof PersonDeactivated deactivated) {
            contacts.apply(deactivated.person(), false);
          }
          // TeamChanged: each member's PersonUpserted carries their teams.
        });
  }
}
