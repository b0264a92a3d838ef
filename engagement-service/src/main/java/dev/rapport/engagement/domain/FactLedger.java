package dev.rapport.engagement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.LongStream;
import org.hibernate.Session;

/**
 * Appends facts and counts each in its roll-up row in the same transaction: a fact whose id is
 * stored already (a redelivered or re-imported one) changes nothing. Roll-up rows are keyed by the
 * fact's UTC day, team, business service, priority and series; '' stands for none.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class FactLedger {
  private static final String INSERT_FACT =
      "insert into facts (id, kind, label, occurred_at, team_id, business_service_id, priority,"
          + " subject, measure, source_event_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " on conflict (id) do nothing";

  private static final String UPSERT_ROLLUP =
      "insert into rollups (day, team_id, business_service_id, priority, series, n, total,"
          + " buckets) values (?, ?, ?, ?, ?, ?, ?, ?)"
          + " on conflict (day, team_id, business_service_id, priority, series) do update set"
          + " n = rollups.n + excluded.n, total = rollups.total + excluded.total,"
          + " buckets = case when rollups.buckets is null then excluded.buckets"
          + " when excluded.buckets is null then rollups.buckets"
          + " else (select array_agg(coalesce(a, 0) + coalesce(b, 0) order by i)"
          + " from unnest(rollups.buckets, excluded.buckets) with ordinality as u(a, b, i)) end";

  private final EntityManager entityManager;

  FactLedger(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** Appends {@code fact} and counts it; answers false when it was stored already. */
  public boolean append(Fact fact) {
    return entityManager
        .unwrap(Session.class)
        .doReturningWork(
            connection -> {
              if (!insert(connection, fact)) {
                return false;
              }
              String series = fact.kind().series(fact.label());
              if (series != null) {
                count(connection, fact, series);
              }
              return true;
            });
  }

  private static boolean insert(Connection connection, Fact fact) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT_FACT)) {
      Dimensions dims = fact.dimensions();
      insert.setObject(1, fact.id());
      insert.setString(2, fact.kind().name());
      insert.setString(3, fact.label());
      insert.setTimestamp(4, Timestamp.from(fact.occurredAt()));
      insert.setString(5, dims.teamId());
      insert.setObject(6, dims.businessServiceId(), Types.OTHER);
      insert.setString(7, dims.priority());
      insert.setString(8, fact.subject());
      insert.setDouble(9, fact.measure());
      insert.setString(10, fact.sourceEventId());
      return insert.executeUpdate() == 1;
    }
  }

  private static void count(Connection connection, Fact fact, String series) throws SQLException {
    try (PreparedStatement upsert = connection.prepareStatement(UPSERT_ROLLUP)) {
      Dimensions dims = fact.dimensions();
      int sign = fact.kind().sign();
      upsert.setObject(1, LocalDate.ofInstant(fact.occurredAt(), ZoneOffset.UTC));
      upsert.setString(2, orNone(dims.teamId()));
      upsert.setString(
          3, dims.businessServiceId() == null ? "" : dims.businessServiceId().toString());
      upsert.setString(4, orNone(dims.priority()));
      upsert.setString(5, series);
      upsert.setLong(6, sign);
      upsert.setDouble(7, sign * fact.measure());
      if (fact.kind().histogram()) {
        long[] counts = Histogram.single(fact.measure(), sign);
        Array buckets =
            connection.createArrayOf("bigint", LongStream.of(counts).boxed().toArray(Long[]::new));
        upsert.setArray(8, buckets);
      } else {
        upsert.setNull(8, Types.ARRAY);
      }
      upsert.executeUpdate();
    }
  }

  private static String orNone(String value) {
    return value == null ? "" : value;
  }
}
