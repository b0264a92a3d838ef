package dev.rapport.engagement.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a list of new facts adds to the roll-ups, summed per row first and then written in one
 * statement per table (rollups for the flows, stock_rollups for the stocks, and team_rollups with
 * business services and priorities added up), in key order, so two transactions lock shared rows in
 * the same order.
 */
final class RollupDeltas {
  private static final List<String> ROLLUP_KEY =
      List.of("day", "team_id", "business_service_id", "priority", "series");
  private static final List<String> TEAM_ROLLUP_KEY = List.of("team_id", "day", "series");
  private static final String UPSERT_ROLLUP = upsert("rollups", ROLLUP_KEY);
  private static final String UPSERT_STOCK_ROLLUP = upsert("stock_rollups", ROLLUP_KEY);
  private static final String UPSERT_TEAM_ROLLUP = upsert("team_rollups", TEAM_ROLLUP_KEY);

  /**
   * Adds rows' counts to {@code table}'s rows of the same keys (its primary key's columns), every
   * row in ONE statement: the rows come as arrays, a column each (day and key columns as text,
   * buckets as array literals), inserted in their order.
   */
  private static String upsert(String table, List<String> key) {
    String keys = String.join(", ", key);
    String columns = keys + ", n, total, buckets";
    String selected =
        key.stream().map(c -> c.equals("day") ? "day::date" : c).collect(Collectors.joining(", "))
            + ", n, total, buckets::bigint[]";
    return "insert into "
        + table
        + " as t ("
        + columns
        + ") select "
        + selected
        + " from unnest("
        + "?::text[], ".repeat(key.size())
        + "?::int8[], ?::float8[], ?::text[]) with ordinality as u("
        + columns
        + ", ord) order by ord on conflict ("
        + keys
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

  // Flows go to rollups, stocks ({@link RollupReader#isStock}) to stock_rollups.
  private final Map<RowKey, Delta> flows = new TreeMap<>(KEY_ORDER);
  private final Map<RowKey, Delta> stocks = new TreeMap<>(KEY_ORDER);

  /** Counts {@code fact} in its roll-up row of {@code series}. */
  void add(Fact fact, String series) {
    Dimensions dims = fact.dimensions();
    RowKey key =
        new RowKey(
            LocalDate.ofInstant(fact.occurredAt(), ZoneOffset.UTC),
            orNone(dims.teamId()),
            dims.businessServiceId() == null ? "" : dims.businessServiceId().toString(),
            orNone(dims.priority()),
            series);
    Delta delta =
        (RollupReader.isStock(series) ? stocks : flows).computeIfAbsent(key, k -> new Delta());
    int sign = fact.kind().sign();
    delta.n += sign;
    delta.total += sign * fact.measure();
    if (fact.kind().histogram()) {
      long[] single = Histogram.single(fact.measure(), sign);
      delta.buckets = delta.buckets == null ? single : Histogram.add(delta.buckets, single);
    }
  }

  /**
   * Adds the counts to rollups (flows) and stock_rollups (stocks, {@link RollupReader#isStock})
   * and, summed per day, team and series, to team_rollups.
   */
  void write(Connection connection) throws SQLException {
    upsert(connection, UPSERT_ROLLUP, flows);
    upsert(connection, UPSERT_STOCK_ROLLUP, stocks);
    upsertTeams(connection);
  }

  private static void upsert(Connection connection, String upsert, Map<RowKey, Delta> rows)
      throws SQLException {
    write(
        connection,
        upsert,
        rows,
        key ->
            new String[] {
              key.day().toString(),
              key.teamId(),
              key.businessServiceId(),
              key.priority(),
              key.series()
            });
  }

  /** The same deltas summed per day, team and series, into team_rollups. */
  private void upsertTeams(Connection connection) throws SQLException {
    Map<RowKey, Delta> teams = new TreeMap<>(KEY_ORDER);
    for (Map<RowKey, Delta> rows : List.of(flows, stocks)) {
      rows.forEach(
          (key, more) -> {
            Delta delta =
                teams.computeIfAbsent(
                    new RowKey(key.day(), key.teamId(), "", "", key.series()), k -> new Delta());
            delta.n += more.n;
            delta.total += more.total;
            if (more.buckets != null) {
              delta.buckets =
                  delta.buckets == null
                      ? more.buckets.clone()
                      : Histogram.add(delta.buckets, more.buckets);
            }
          });
    }
    write(
        connection,
        UPSERT_TEAM_ROLLUP,
        teams,
        key -> new String[] {key.teamId(), key.day().toString(), key.series()});
  }

  /** Runs {@code upsert} for {@code rows}, in their (key) order, in one statement. */
  private static void write(
      Connection connection,
      String upsert,
      Map<RowKey, Delta> rows,
      Function<RowKey, String[]> keyColumns)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    int size = rows.size();
    String[][] keys = null;
    Long[] n = new Long[size];
    Double[] total = new Double[size];
    String[] buckets = new String[size];
    int i = 0;
    for (Map.Entry<RowKey, Delta> row : rows.entrySet()) {
      String[] key = keyColumns.apply(row.getKey());
      if (keys == null) {
        keys = new String[key.length][size];
      }
      for (int c = 0; c < key.length; c++) {
        keys[c][i] = key[c];
      }
      Delta delta = row.getValue();
      n[i] = delta.n;
      total[i] = delta.total;
      buckets[i] = delta.buckets == null ? null : arrayLiteral(delta.buckets);
      i++;
    }
    try (PreparedStatement statement = connection.prepareStatement(upsert)) {
      int p = 1;
      for (String[] column : keys) {
        statement.setArray(p++, connection.createArrayOf("text", column));
      }
      statement.setArray(p++, connection.createArrayOf("int8", n));
      statement.setArray(p++, connection.createArrayOf("float8", total));
      statement.setArray(p, connection.createArrayOf("text", buckets));
      statement.executeUpdate();
    }
  }

  /** {@code {1,0,2}}: a bigint[] literal, for a histogram passed as one text array element. */
  private static String arrayLiteral(long[] values) {
    StringBuilder literal = new StringBuilder(values.length * 2 + 2).append('{');
    for (int i = 0; i < values.length; i++) {
      literal.append(i == 0 ? "" : ",").append(values[i]);
    }
    return literal.append('}').toString();
  }

  private static String orNone(String value) {
    return value == null ? "" : value;
  }
}
