package dev.rapport.engagement.messaging;

import dev.rapport.engagement.domain.FactIntake;
import dev.rapport.engagement.domain.SurveyTriggers;
import dev.rapport.engagement.domain.TeamRoster;
import dev.rapport.events.EventPayload;
import dev.rapport.events.Topics;
import dev.rapport.events.ticket.TicketEventPayload;
import dev.rapport.support.messaging.EventBatches;
import dev.rapport.support.messaging.EventIntake;
import dev.rapport.support.messaging.EventRoute;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * engagement-service reads every topic of the suite: each event becomes facts and counts in the
 * roll-ups ({@link FactIntake}); ticket events also drive the satisfaction surveys (a resolution
 * asks, a reopen withdraws) and people events the team roster (who a pulse invites, who leads).
 * Once per event, unknown types skipped, poison to {@code <topic>.dlq.engagement-service} at once
 * and other failures after retries: {@link EventIntake}. The four busy channels take the records of
 * a poll at a time, in one transaction ({@link EventBatches}: the same rules per record); people
 * events, few and each changing the roster, one at a time.
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
  private final EventBatches batches;
  private final EventRoute tickets;
  private final EventRoute people;
  private final EventRoute skills;
  private final EventRoute notifications;
  private final EventRoute engagement;

  EventConsumers(
      EventIntake intake,
      EventBatches batches,
      FactIntake facts,
      SurveyTriggers surveys,
      TeamRoster roster) {
    this.intake = intake;
    this.batches = batches;
    this.tickets =
        EventRoute.from(TICKETS, Topics.TICKETS)
            .on(
                TicketEventPayload.class,
                (event, payload) -> {
                  facts.record(event, payload);
                  surveys.onTicketEvent(payload);
                })
            .beforeHandling(facts::prepare)
            .beforeCommit(
                () -> {
                  surveys.flush();
                  facts.flush();
                });
    this.people =
        EventRoute.from(PEOPLE, Topics.PEOPLE)
            .on(
                EventPayload.class,
                (event, payload) -> {
                  facts.record(event, payload);
                  roster.apply(payload);
                })
            .beforeCommit(facts::flush);
    this.skills =
        EventRoute.from(SKILLS, Topics.SKILLS)
            .on(EventPayload.class, facts::record)
            .beforeCommit(facts::flush);
    this.notifications =
        EventRoute.from(NOTIFICATIONS, Topics.NOTIFICATIONS)
            .on(EventPayload.class, facts::record)
            .beforeHandling(facts::prepare)
            .beforeCommit(facts::flush);
    this.engagement =
        EventRoute.from(ENGAGEMENT, Topics.ENGAGEMENT)
            .on(EventPayload.class, facts::record)
            .beforeHandling(facts::prepare)
            .beforeCommit(facts::flush);
  }

  @Incoming(TICKETS)
  @Blocking
  public CompletionStage<Void> tickets(KafkaRecordBatch<String, String> batch) {
    return batches.apply(batch, tickets);
  }

  @Incoming(PEOPLE)
  @Blocking
  public void people(ConsumerRecord<String, String> record) {
    intake.applyOnce(record, people);
  }

  @Incoming(SKILLS)
  @Blocking
  public CompletionStage<Void> skills(KafkaRecordBatch<String, String> batch) {
    return batches.apply(batch, skills);
  }

  @Incoming(NOTIFICATIONS)
  @Blocking
  public CompletionStage<Void> notifications(KafkaRecordBatch<String, String> batch) {
    return batches.apply(batch, notifications);
  }

  @Incoming(ENGAGEMENT)
  @Blocking
  public CompletionStage<Void> engagement(KafkaRecordBatch<String, String> batch) {
    return batches.apply(batch, engagement);
  }
}
