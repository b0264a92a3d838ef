package dev.rapport.skills.messaging;

import dev.rapport.events.Topics;
import dev.rapport.events.ticket.TicketEventPayload;
import dev.rapport.skills.domain.TicketProjection;
import dev.rapport.support.messaging.EventIntake;
import dev.rapport.support.messaging.EventRoute;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads rapport.tickets.v1 into the ticket projection (demand, open load, evidence of practice).
 * Once per event, unknown types skipped, poison to {@code rapport.tickets.v1.dlq.skills-service} at
 * once and other failures after retries: {@link EventIntake}.
 */
@ApplicationScoped
public class TicketEventsConsumer {
  /** The incoming channel; its topic and dead-letter topic are in application.properties. */
  public static final String CHANNEL = "tickets";

  private final EventIntake intake;
  private final EventRoute route;

  TicketEventsConsumer(EventIntake intake, TicketProjection projection) {
    this.intake = intake;
    this.route =
        EventRoute.from(CHANNEL, Topics.TICKETS)
            .on(TicketEventPayload.class, (event, payload) -> projection.apply(payload.ticket()));
  }

  @Incoming(CHANNEL)
  @Blocking
  public void consume(ConsumerRecord<String, String> record) {
    intake.applyOnce(record, route);
  }
}
