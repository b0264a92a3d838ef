package dev.rapport.ticket.support;

import dev.rapport.events.Topics;
import dev.rapport.events.people.PersonUpserted;
import dev.rapport.support.messaging.EventIntake;
import dev.rapport.support.messaging.EventRoute;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A consumer written as every Rapport consumer is (an {@link EventRoute} through {@link
 * EventIntake}), whose handler fails on purpose: a person named {@code flaky-…} fails twice then
 * succeeds, one named {@code doomed-…} always fails. Enabled only by {@link ConsumerSupportTest}.
 */
@Alternative
@ApplicationScoped
public class IntakeProbe {
  static final String CHANNEL = "intake-probe";

  /** Tries per event id, to tell a retry from a redelivery. */
  static final Map<String, Integer> TRIES = new ConcurrentHashMap<>();

  private final EventIntake intake;
  private final EventRoute route;

  IntakeProbe(EventIntake intake, EntityManager em) {
    this.intake = intake;
    this.route =
        EventRoute.from(CHANNEL, Topics.PEOPLE)
            .on(
                PersonUpserted.class,
                (event, upserted) -> {
                  String name = upserted.person().userName();
                  int tries = TRIES.merge(event.id(), 1, Integer::sum);
                  em.createNativeQuery("insert into probe_effects (event_id, body) values (?1, ?2)")
                      .setParameter(1, event.id())
                      .setParameter(2, name)
                      .executeUpdate();
                  if (name.startsWith("doomed-") || (name.startsWith("flaky-") && tries <= 2)) {
                    throw new IllegalStateException("the database blinked (try " + tries + ")");
                  }
                });
  }

  @Incoming(CHANNEL)
  @Blocking
  public void consume(ConsumerRecord<String, String> record) {
    intake.applyOnce(record, route);
  }
}
