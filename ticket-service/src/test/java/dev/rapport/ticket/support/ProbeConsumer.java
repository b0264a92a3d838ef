package dev.rapport.ticket.support;

import dev.rapport.support.messaging.IncomingCloudEvent;
import dev.rapport.support.messaging.IncomingEvents;
import dev.rapport.support.messaging.ProcessedEvents;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A consumer built the way every Rapport consumer is: the effect and the processed-event record in
 * one transaction, a poison event to the dead-letter topic. Enabled only by {@link
 * ConsumerSupportTest}'s profile.
 */
@Alternative
@ApplicationScoped
public class ProbeConsumer {
  static final String CHANNEL = "support-probe";
  static final String TOPIC = "rapport.probe.v1";

  private final ProcessedEvents processedEvents;
  private final EntityManager em;

  ProbeConsumer(ProcessedEvents processedEvents, EntityManager em) {
    this.processedEvents = processedEvents;
    this.em = em;
  }

  @Incoming(CHANNEL)
  @Blocking
  @Transactional
  public void consume(ConsumerRecord<String, String> record) {
    IncomingCloudEvent event = IncomingEvents.from(record);
    if (!processedEvents.firstDelivery("probe", event.id())) {
      return;
    }
    em.createNativeQuery("insert into probe_effects (event_id, body) values (?1, ?2)")
        .setParameter(1, event.id())
        .setParameter(2, event.data())
        .executeUpdate();
    if (event.data().contains("poison")) {
      throw new IllegalArgumentException("cannot digest event " + event.id());
    }
  }
}
