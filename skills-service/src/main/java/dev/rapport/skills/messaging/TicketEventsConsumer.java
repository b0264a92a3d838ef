package dev.rapport.skills.messaging;

import dev.rapport.events.Topics;
import dev.rapport.events.ticket.TicketEventPayload;
import dev.rapport.skills.domain.TicketProjection;
import dev.rapport.support.messaging.EventIntake;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads rapport.tickets.v1 into the ticket projection (demand, open load, evidence of practice).
 * Each event is applied once: its ce_id is recorded in the transaction of its effect. Types this
 * service does not know (a newer producer's) are acknowledged and skipped. A message that is not a
 * CloudEvent, or a known type whose data cannot be read, goes to the dead-letter topic {@code
 * rapport.tickets.v1.dlq.skills-service} with the reason in its headers at once; any other failure
 * (a lost database connection, a serialisation conflict) is retried a few times, each try in a new
 * transaction, before the message is dead-lettered. The consumer goes on with the next message.
 */
@ApplicationScoped
public class TicketEventsConsumer {
  /** The incoming channel; its Kafka settings are in application.properties. */
  public static final String CHANNEL = "tickets";

  /** The consumer name under which applied ce_ids are recorded. */
  static final String CONSUMER = "skills-service";

  private final EventIntake intake;
  private final TicketProjection projection;

  TicketEventsConsumer(EventIntake intake, TicketProjection projection) {
    this.intake = intake;
    this.projection = projection;
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
        (event, payload) -> projection.apply(((TicketEventPayload) payload).ticket()));
  }
}
