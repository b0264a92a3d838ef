package dev.rapport.notification.messaging;

import dev.rapport.events.Topics;
import dev.rapport.events.engagement.EngagementAlert;
import dev.rapport.events.engagement.PulseInvited;
import dev.rapport.events.engagement.SurveyAnswered;
import dev.rapport.events.engagement.SurveyCancelled;
import dev.rapport.events.engagement.SurveyRequested;
import dev.rapport.notification.domain.EngagementNotifications;
import dev.rapport.notification.domain.SurveyWithdrawal;
import dev.rapport.support.messaging.EventIntake;
import dev.rapport.support.messaging.EventRoute;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads rapport.engagement.v1 into messages ({@link EngagementNotifications}): a survey to its
 * requester, a low rating to the team's leads, a pulse invitation to the member, an engagement
 * alert to the team's leads; a cancelled survey takes its unsent messages and inbox item back
 * ({@link SurveyWithdrawal}). Once per event (its ce_id recorded with the deliveries it made), and
 * (event, recipient, channel) is unique besides; poison to the dead-letter topic: {@link
 * EventIntake}.
 */
@ApplicationScoped
public class EngagementEventsConsumer {
  /** The incoming channel; its topic and dead-letter topic are in application.properties. */
  public static final String CHANNEL = "engagement";

  private final EventIntake intake;
  private final EventRoute route;

  EngagementEventsConsumer(
      EventIntake intake, EngagementNotifications notifications, SurveyWithdrawal withdrawal) {
    this.intake = intake;
    this.route =
        EventRoute.from(CHANNEL, Topics.ENGAGEMENT)
            .on(SurveyRequested.class, notifications::survey)
            .on(SurveyCancelled.class, (event, cancelled) -> withdrawal.withdraw(cancelled))
            .on(SurveyAnswered.class, notifications::answered)
            .on(PulseInvited.class, notifications::pulse)
            .on(EngagementAlert.class, notifications::alert);
  }

  @Incoming(CHANNEL)
  @Blocking
  public void consume(ConsumerRecord<String, String> record) {
    intake.applyOnce(record, route);
  }
}
