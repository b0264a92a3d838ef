package dev.rapport.engagement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.LongStream;
import org.hibernate.Session;

/**
 * Appends facts and counts each in its roll-up row in the same transaction: a fact whose id is
 * stored already (a redelivered or re-imported one) changes nothing. Roll-up rows are keyed by the
 * fact's UTC day, team, business service, priority and series; '' stands for none. Facts go in by
 * the list, in one statement; the new ones' counts are summed per roll-up row first, so each row is
 * upserted once a list, in key order (two transactions lock shared rows in the same order).
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

  private static final String UPSERT_ROLLUP =
      upsert("rollups", "day, team_id, business_service_id, priority, series");

  private static final String UPSERT_TEAM_ROLLUP = upsert("team_rollups", "team_id, day, series");

  /** Adds a row's counts to {@code table}'s row of the same key (its primary key's columns). */
  private static String upsert(String table, String key) {
    String columns = key + ", n, total, buckets";
    String values = "?, ".repeat(columns.split(",").length - 1) + "?";
    return "insert into "
        + table
        + " as t ("
        + columns
        + ") values ("
        + values
        + ") on conflict ("
        + key
        + ") do update set n = t.n + excluded.n, total = t.total + excluded.total,"
        + " buckets = case when t.buckets is null then excluded.buckets"
        + " when excluded.buckets is null then t.buckets"
        + " else (select array_agg(coalesce(a, 0) + coalesce(b, 0) order by i)"
        + " from unnest(t.buckets, excluded.buckets) with ordinality as u(a, b, i)) end";
  }

  /** A roll-up row's key (a team_rollups row's: business service and priority null). */
  private record RowKey(
      LocalDate day, String teamId, String businessServiceId, String priority, String series) {}

  private static final Comparator<RowKey> KEY_ORDER =
      Comparator.comparing(RowKey::day)
          .thenComparing(RowKey::teamId)
          .thenComparing(RowKey::businessServiceId)
          .thenComparing(RowKey::priority)
          .thenComparing(RowKey::series);

  /** What a list's new facts add to one roll-up row. */
  private static final class Delta {
    long n;
    double total;
    long[] buckets;
  }

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
              Map<RowKey, Delta> rows = new TreeMap<>(KEY_ORDER);
              for (Fact fact : facts) {
                String series = fact.kind().series(fact.label());
                if (uncounted.remove(fact.id()) && series != null) {
                  add(rows, fact, series);
                }
              }
              upsert(connection, rows);
              upsertTeams(connection, rows);
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
      for (int c = 0; c < columns.length; c++) {
        insert.setArray(c + 1, connection.createArrayOf("text", columns[c]));
      }
      try (ResultSet ids = insert.executeQuery()) {
        while (ids.next()) {
          added.add(ids.getObject(1, UUID.class));
        }
      }
    }
    return added;
  }

  private static void add(Map<RowKey, Delta> rows, Fact fact, String series) {
    Dimensions dims = fact.dimensions();
    RowKey key =
        new RowKey(
            LocalDate.ofInstant(fact.occurredAt(), ZoneOffset.UTC),
            orNone(dims.teamId()),
            dims.businessServiceId() == null ? "" : dims.businessServiceId().toString(),
            orNone(dims.priority()),
            series);
    Delta delta = rows.computeIfAbsent(key, k -> new Delta());
    int sign = fact.kind().sign();
    delta.n += sign;
    delta.total += sign * fact.measure();
    if (fact.kind().histogram()) {
      long[] single = Histogram.single(fact.measure(), sign);
      delta.buckets = delta.buckets == null ? single : Histogram.add(delta.buckets, single);
    }
  }

  private static void upsert(Connection connection, Map<RowKey, Delta> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement upsert = connection.prepareStatement(UPSERT_ROLLUP)) {
      for (Map.Entry<RowKey, Delta> row : rows.entrySet()) {
        RowKey key = row.getKey();
        Delta delta = row.getValue();
        upsert.setObject(1, key.day());
        upsert.setString(2, key.teamId());
        upsert.setString(3, key.businessServiceId());
        upsert.setString(4, key.priority());
        upsert.setString(5, key.series());
        bindCounts(connection, upsert, 6, delta);
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  /** The same deltas summed per day, team and series, into team_rollups. */
  private static void upsertTeams(Connection connection, Map<RowKey, Delta> rows)
      throws SQLException {
    Map<RowKey, Delta> teams = new TreeMap<>(KEY_ORDER);
    for (Map.Entry<RowKey, Delta> row : rows.entrySet()) {
      RowKey key = row.getKey();
      Delta delta =
          teams.computeIfAbsent(
              new RowKey(key.day(), key.teamId(), "", "", key.series()), k -> new Delta());
      Delta more = row.getValue();
      delta.n += more.n;
      delta.total += more.total;
      if (more.buckets != null) {
        delta.buckets =
            delta.buckets == null
                ? more.buckets.clone()
                : Histogram.add(delta.buckets, more.buckets);
      }
    }
    if (teams.isEmpty()) {
      return;
    }
    try (PreparedStatement upsert = connection.prepareStatement(UPSERT_TEAM_ROLLUP)) {
      for (Map.Entry<RowKey, Delta> row : teams.entrySet()) {
        upsert.setString(1, row.getKey().teamId());
        upsert.setObject(2, row.getKey().day());
        upsert.setString(3, row.getKey().series());
        bindCounts(connection, upsert, 4, row.getValue());
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  /** n, total and buckets of {@code delta} at {@code first} and the two after it. */
  private static void bindCounts(
      Connection connection, PreparedStatement upsert, int first, Delta delta) throws SQLException {
    upsert.setLong(first, delta.n);
    upsert.setDouble(first + 1, delta.total);
    if (delta.buckets != null) {
      Long[] buckets = LongStream.of(delta.buckets).boxed().toArray(Long[]::new);
      upsert.setArray(first + 2, connection.createArrayOf("bigint", buckets));
    } else {
      upsert.setNull(first + 2, Types.ARRAY);
    }
  }

  private static String orNone(String value) {
    return value == null ? "" : value;
  }
}
