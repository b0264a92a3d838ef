package dev.rapport.engagement.messaging;

import dev.rapport.engagement.domain.FactIntake;
import dev.rapport.engagement.domain.SurveyTriggers;
import dev.rapport.engagement.domain.TeamRoster;
import dev.rapport.events.EventPayload;
import dev.rapport.events.Topics;
import dev.rapport.events.ticket.TicketEventPayload;
import dev.rapport.support.messaging.EventIntake;
import dev.rapport.support.messaging.EventRoute;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * engagement-service reads every topic of the suite: each event becomes facts and counts in the
 * roll-ups ({@link FactIntake}); ticket events also drive the satisfaction surveys (a resolution
 * asks, a reopen withdraws) and people events the team roster (who a pulse invites, who leads).
 * Once per event, unknown types skipped, poison to {@code <topic>.dlq.engagement-service} at once
 * and other failures after retries: {@link EventIntake}.
 */
@ApplicationScoped
public class EventConsumers {
  /** The incoming channels; their topics and dead-letter topics are in application.properties. */
  public static final String TICKETS = "tickets";

  public static final String PEOPLE = "people";
  public static final String SKILLS = "skills";
  public static final String NOTIFICATIONS = "notifications";
  public static final String ENGAGEMENT = "engagement";

  private final EventIntake intake;
  private final EventRoute tickets;
  private final EventRoute people;
  private final EventRoute skills;
  private final EventRoute notifications;
  private final EventRoute engagement;

  EventConsumers(EventIntake intake, FactIntake facts, SurveyTriggers surveys, TeamRoster roster) {
    this.intake = intake;
    this.tickets =
        EventRoute.from(TICKETS, Topics.TICKETS)
            .on(
                TicketEventPayload.class,
                (event, payload) -> {
                  facts.record(event, payload);
                  surveys.onTicketEvent(payload);
                });
    this.people =
        EventRoute.from(PEOPLE, Topics.PEOPLE)
            .on(
                EventPayload.class,
                (event, payload) -> {
                  facts.record(event, payload);
                  roster.apply(payload);
                });
    this.skills = EventRoute.from(SKILLS, Topics.SKILLS).on(EventPayload.class, facts::record);
    this.notifications =
        EventRoute.from(NOTIFICATIONS, Topics.NOTIFICATIONS).on(EventPayload.class, facts::record);
    this.engagement =
        EventRoute.from(ENGAGEMENT, Topics.ENGAGEMENT).on(EventPayload.class, facts::record);
  }

  @Incoming(TICKETS)
  @Blocking
  public void tickets(ConsumerRecord<String, String> record) {
    intake.applyOnce(record, tickets);
  }

  @Incoming(PEOPLE)
  @Blocking
  public void people(ConsumerRecord<String, String> record) {
    intake.applyOnce(record, people);
  }

  @Incoming(SKILLS)
  @Blocking
  public void skills(ConsumerRecord<String, String> record) {
    intake.applyOnce(record, skills);
  }

  @Incoming(NOTIFICATIONS)
  @Blocking
  public void notifications(ConsumerRecord<String, String> record) {
    intake.applyOnce(record, notifications);
  }

  @Incoming(ENGAGEMENT)
  @Blocking
  public void engagement(ConsumerRecord<String, String> record) {
    intake.applyOnce(record, engagement);
  }
}
