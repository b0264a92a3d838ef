package dev.rapport.support.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/**
 * The {@code processed_events} table. MANDATORY: a record written outside the transaction that
 * applies the event would make a failed effect look done.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class DatabaseProcessedEvents implements ProcessedEvents {
  private static final String INSERT =
      "INSERT INTO processed_events (consumer, event_id, processed_at) VALUES (?, ?, now())"
          + " ON CONFLICT DO NOTHING";

  private static final String INSERT_ALL =
      "INSERT INTO processed_events (consumer, event_id, processed_at)"
          + " SELECT ?, event_id, now() FROM unnest(?::text[]) AS u(event_id)"
          + " ON CONFLICT DO NOTHING RETURNING event_id";

  private final EntityManager entityManager;

  DatabaseProcessedEvents(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public boolean firstDelivery(String consumer, String eventId) {
    // Plain JDBC on the transaction's connection: no Hibernate flush, no query parsing.
    return entityManager
        .unwrap(Session.class)
        .doReturningWork(
            connection -> {
              try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setString(1, consumer);
                insert.setString(2, eventId);
                return insert.executeUpdate() == 1;
              }
            });
  }

  @Override
  public Set<String> firstDeliveries(String consumer, List<String> eventIds) {
    if (eventIds.isEmpty()) {
      return Set.of();
    }
    return entityManager
        .unwrap(Session.class)
        .doReturningWork(
            connection -> {
              Set<String> first = new HashSet<>();
              try (PreparedStatement insert = connection.prepareStatement(INSERT_ALL)) {
                insert.setString(1, consumer);
                insert.setArray(2, connection.createArrayOf("text", eventIds.toArray()));
                try (ResultSet rows = insert.executeQuery()) {
                  while (rows.next()) {
                    first.add(rows.getString(1));
                  }
                }
              }
              return first;
            });
  }
}
