package dev.rapport.support.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.events.EventPayload;
import dev.rapport.support.ids.TimeOrderedUuids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/** Writes outbox rows on the caller's transaction and wakes the relay once it has committed. */
@ApplicationScoped
public class TransactionalOutbox implements Outbox {
  private static final String INSERT =
      "INSERT INTO outbox (id, topic, message_key, type, source, subject, occurred_at, payload)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String WAKEUP_REGISTERED = TransactionalOutbox.class.getName() + ".wakeup";

  private final EntityManager entityManager;
  private final ObjectMapper objectMapper;
  private final TransactionSynchronizationRegistry transactions;
  private final OutboxWakeup wakeup;
  private final String source;

  TransactionalOutbox(
      EntityManager entityManager,
      ObjectMapper objectMapper,
      TransactionSynchronizationRegistry transactions,
      OutboxWakeup wakeup,
      @ConfigProperty(name = "rapport.service.name") String serviceName) {
    this.entityManager = entityManager;
    this.objectMapper = objectMapper;
    this.transactions = transactions;
    this.wakeup = wakeup;
    this.source = "/rapport/" + serviceName;
  }

  @Override
  public UUID publish(String topic, EventPayload payload) {
    return publishAll(topic, List.of(payload)).get(0);
  }

  @Override
  public List<UUID> publishAll(String topic, List<? extends EventPayload> payloads) {
    Objects.requireNonNull(topic, "topic");
    for (EventPayload payload : payloads) {
      Objects.requireNonNull(payload, "payload");
      if (payload.aggregateId() == null || payload.eventType() == null) {
        throw new IllegalArgumentException(
            payload.getClass().getName() + " has no aggregateId or eventType");
      }
    }
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      throw new IllegalStateException(
          "Outbox.publish needs an active transaction, so that the event commits with the change");
    }
    if (payloads.isEmpty()) {
      return List.of();
    }
    List<UUID> ids = new ArrayList<>();
    List<String> json = new ArrayList<>();
    for (EventPayload payload : payloads) {
      ids.add(TimeOrderedUuids.next());
      json.add(serialise(payload));
    }
    // PostgreSQL keeps microseconds; ce_time is then the same whether read now or from the row.
    OffsetDateTime occurredAt =
        OffsetDateTime.ofInstant(Instant.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    // Flush first so that the change's own row locks are taken before the outbox sequence number:
    // two transactions on one aggregate then get their numbers in commit order, which is the order
    // the relay publishes in.
    entityManager.flush();
    entityManager
        .unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (int i = 0; i < payloads.size(); i++) {
                  EventPayload payload = payloads.get(i);
                  insert.setObject(1, ids.get(i));
                  insert.setString(2, topic);
                  insert.setString(3, payload.aggregateId());
                  insert.setString(4, payload.eventType());
                  insert.setString(5, source);
                  insert.setString(6, payload.aggregateId());
                  insert.setObject(7, occurredAt);
                  insert.setString(8, json.get(i));
                  insert.addBatch();
                }
                insert.executeBatch();
              }
            });
    wakeRelayAfterCommit();
    return List.copyOf(ids);
  }

  private String serialise(EventPayload payload) {
    try {
      return objectMapper.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "event payload " + payload.getClass().getName() + " cannot be written as JSON", e);
    }
  }

  private void wakeRelayAfterCommit() {
    if (transactions.getResource(WAKEUP_REGISTERED) != null) {
      return; // one wake-up per transaction, however many events it writes
    }
    transactions.putResource(WAKEUP_REGISTERED, Boolean.TRUE);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              wakeup.signal();
            }
          }
        });
  }
}
