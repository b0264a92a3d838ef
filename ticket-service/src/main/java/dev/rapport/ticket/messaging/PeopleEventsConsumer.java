package dev.rapport.ticket.messaging;

import dev.rapport.events.Topics;
import dev.rapport.events.people.PersonDeactivated;
import dev.rapport.events.people.PersonUpserted;
import dev.rapport.support.messaging.EventIntake;
import dev.rapport.ticket.domain.PeopleProjection;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads rapport.people.v1 into the people projection that named people are checked against:
 * PersonUpserted creates or updates a person (roles included), PersonDeactivated makes them
 * inactive; team changes and unknown types are acknowledged and skipped. Each event is applied once
 * (ce_id recorded with its effect); poison goes to {@code rapport.people.v1.dlq.ticket-service} at
 * once, other failures after retries; the consumer goes on.
 */
@ApplicationScoped
public class PeopleEventsConsumer {
  /** The incoming channel; its Kafka settings are in application.properties. */
  public static final String CHANNEL = "people";

  /** The consumer name under which applied ce_ids are recorded. */
  static final String CONSUMER = "ticket-service:people";

  private final EventIntake intake;
  private final PeopleProjection people;

  PeopleEventsConsumer(EventIntake intake, PeopleProjection people) {
    this.intake = intake;
    this.people = people;
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
            people.apply(upserted.person(), true);
          } else if (payload instanceof PersonDeactivated deactivated) {
            people.apply(deactivated.person(), false);
          }
        });
  }
}
