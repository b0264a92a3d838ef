package dev.rapport.engagement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Appends facts and counts each in its roll-up row in the same transaction: a fact whose id is
 * stored already (a redelivered or re-imported one) changes nothing. Roll-up rows are keyed by the
 * fact's UTC day, team, business service, priority and series; '' stands for none. Facts go in by
 * the list, in one statement; the new ones' counts are summed per roll-up row and written by {@link
 * RollupDeltas}.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class FactLedger {
  private static final String INSERT_FACTS =
      "insert into facts (id, kind, label, occurred_at, team_id, business_service_id, priority,"
          + " subject, measure, source_event_id)"
          + " select id::uuid, kind, label, occurred_at::timestamptz, team_id,"
          + " business_service_id::uuid, priority, subject, measure::float8, source_event_id"
          + " from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
          + " ?::text[], ?::text[], ?::text[], ?::text[]) as u(id, kind, label, occurred_at,"
          + " team_id, business_service_id, priority, subject, measure, source_event_id)"
          + " on conflict (id) do nothing returning id";

  private final EntityManager entityManager;

  FactLedger(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** Appends {@code fact} and counts it; answers false when it was stored already. */
  public boolean append(Fact fact) {
    return !appendAll(List.of(fact)).isEmpty();
  }

  /**
   * Appends {@code facts} and counts those not stored already (a fact listed twice counts once);
   * answers the ids of those.
   */
  public Set<UUID> appendAll(List<Fact> facts) {
    if (facts.isEmpty()) {
      return Set.of();
    }
    return entityManager
        .unwrap(Session.class)
        .doReturningWork(
            connection -> {
              Set<UUID> added = insert(connection, facts);
              Set<UUID> uncounted = new HashSet<>(added);
              RollupDeltas deltas = new RollupDeltas();
              for (Fact fact : facts) {
                String series = fact.kind().series(fact.label());
                if (uncounted.remove(fact.id()) && series != null) {
                  deltas.add(fact, series);
                }
              }
              deltas.write(connection);
              return added;
            });
  }

  private static Set<UUID> insert(Connection connection, List<Fact> facts) throws SQLException {
    String[][] columns = new String[10][facts.size()];
    for (int i = 0; i < facts.size(); i++) {
      Fact fact = facts.get(i);
      Dimensions dims = fact.dimensions();
      columns[0][i] = fact.id().toString();
      columns[1][i] = fact.kind().name();
      columns[2][i] = fact.label();
      columns[3][i] = fact.occurredAt().toString();
      columns[4][i] = dims.teamId();
      columns[5][i] = dims.businessServiceId() == null ? null : dims.businessServiceId().toString();
      columns[6][i] = dims.priority();
      columns[7][i] = fact.subject();
      columns[8][i] = Double.toString(fact.measure());
      columns[9][i] = fact.sourceEventId();
    }
    Set<UUID> added = new HashSet<>();
    try (PreparedStatement insert = connection.prepareStatement(INSERT_FACTS)) {
      ColumnArrays.bind(connection, insert, columns);
      try (ResultSet ids = insert.executeQuery()) {
        while (ids.next()) {
          added.add(ids.getObject(1, UUID.class));
        }
      }
    }
    return added;
  }
}
