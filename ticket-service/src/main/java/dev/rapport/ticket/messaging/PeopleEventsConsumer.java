package dev.rapport.ticket.messaging;

import dev.rapport.events.Topics;
import dev.rapport.events.people.PersonDeactivated;
import dev.rapport.events.people.PersonUpserted;
import dev.rapport.support.messaging.EventIntake;
import dev.rapport.support.messaging.EventRoute;
import dev.rapport.ticket.domain.PeopleProjection;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads rapport.people.v1 into the people projection that named people are checked against:
 * PersonUpserted creates or updates a person (roles included), PersonDeactivated makes them
 * inactive; team changes are skipped. Once per event, poison to the dead-letter topic: {@link
 * EventIntake}.
 */
@ApplicationScoped
public class PeopleEventsConsumer {
  /** The incoming channel; its topic and dead-letter topic are in application.properties. */
  public static final String CHANNEL = "people";

  private final EventIntake intake;
  private final EventRoute route;

  PeopleEventsConsumer(EventIntake intake, PeopleProjection people) {
    this.intake = intake;
    this.route =
        EventRoute.from(CHANNEL, Topics.PEOPLE)
            .on(PersonUpserted.class, (event, upserted) -> people.apply(upserted.person(), true))
            .on(PersonDeactivated.class, (event, gone) -> people.apply(gone.person(), false));
  }

  @Incoming(CHANNEL)
  @Blocking
  public void consume(ConsumerRecord<String, String> record) {
    intake.applyOnce(record, route);
  }
}
