package dev.rapport.ticket.messaging;

import dev.rapport.events.Topics;
import dev.rapport.events.engagement.SurveyAnswered;
import dev.rapport.support.messaging.EventIntake;
import dev.rapport.support.messaging.EventRoute;
import dev.rapport.ticket.domain.TicketCsat;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads rapport.engagement.v1 for what belongs on a ticket: SurveyAnswered records the requester's
 * rating on it ({@link TicketCsat}: a revision replaces it, an older answer never does; an unknown
 * ticket is skipped with a log line). The other engagement events (survey requested and cancelled,
 * pulse invitations, alerts) are skipped. Once per event, poison to the dead-letter topic: {@link
 * EventIntake}.
 */
@ApplicationScoped
public class EngagementEventsConsumer {
  /** The incoming channel; its topic and dead-letter topic are in application.properties. */
  public static final String CHANNEL = "engagement";

  private final EventIntake intake;
  private final EventRoute route;

  EngagementEventsConsumer(EventIntake intake, TicketCsat csat) {
    this.intake = intake;
    this.route =
        EventRoute.from(CHANNEL, Topics.ENGAGEMENT)
            .on(SurveyAnswered.class, (event, answered) -> csat.record(answered));
  }

  @Incoming(CHANNEL)
  @Blocking
  public void consume(ConsumerRecord<String, String> record) {
    intake.applyOnce(record, route);
  }
}
