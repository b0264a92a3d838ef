package dev.rapport.engagement.domain;

import dev.rapport.engagement.domain.metrics.Sum;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Array;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;

/**
 * Reads roll-ups of a scope, summed per day and series (the rows of a day's teams, services and
 * priorities added up), and the stocks (backlog, open gaps) as they stood before a day.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class RollupReader {
  private static final String STOCKS = "(series = 'BACKLOG' or series like 'GAP_OPEN:%')";

  /**
   * Whether {@code series} is a stock (as {@link #STOCKS} says in SQL): summed over all history.
   */
  public static boolean isStock(String series) {
    return series.equals("BACKLOG") || series.startsWith("GAP_OPEN:");
  }

  private final EntityManager entityManager;

  RollupReader(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Per day from {@code from} to {@code to} (inclusive), per series: the summed roll-ups.
   * PostgreSQL sums them per day and series (teams, services and priorities added up), and the
   * histograms per bucket, answering only the buckets that hold counts: a few rows a day, not every
   * row.
   */
  public Map<LocalDate, Map<String, Sum>> daily(Scope scope, LocalDate from, LocalDate to) {
    return scope.kind() == Scope.Kind.TEAM
        ? teamDaily(scope, from, to)
        : summedDaily(scope, from, to);
  }

  /**
   * A team's days: team_rollups holds one row per day and series already (business services and
   * priorities added up as facts arrive), so they are read as they are, histograms and all.
   */
  private Map<LocalDate, Map<String, Sum>> teamDaily(Scope scope, LocalDate from, LocalDate to) {
    Map<LocalDate, Map<String, Sum>> days = new TreeMap<>();
    query(
        "select day, series, n, total, buckets from team_rollups where day between ? and ? and "
            + scope.condition(),
        scope,
        from,
        to,
        row -> {
          Array buckets = row.getArray(5);
          days.computeIfAbsent(row.getObject(1, LocalDate.class), d -> new HashMap<>())
              .put(
                  row.getString(2),
                  new Sum(
                      row.getLong(3),
                      row.getDouble(4),
                      buckets == null ? new long[0] : longs(buckets)));
        });
    return days;
  }

  private static long[] longs(Array array) throws SQLException {
    Object[] values = (Object[]) array.getArray();
    long[] longs = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      longs[i] = values[i] == null ? 0 : ((Number) values[i]).longValue();
    }
    return longs;
  }

  /** The days of a scope wider than a team's: the full grain's rows summed per day and series. */
  private Map<LocalDate, Map<String, Sum>> summedDaily(Scope scope, LocalDate from, LocalDate to) {
    String range =
        " from " + Scope.FULL_GRAIN + " where day between ? and ? and " + scope.condition();
    Map<LocalDate, Map<String, Sum>> days = new TreeMap<>();
    query(
        "select day, series, sum(n), sum(total)" + range + " group by day, series",
        scope,
        from,
        to,
        row ->
            days.computeIfAbsent(row.getObject(1, LocalDate.class), d -> new HashMap<>())
                .put(row.getString(2), new Sum(row.getLong(3), row.getDouble(4), new long[0])));
    query(
        "select day, series, i, sum(b) from (select day, series, buckets"
            + range
            + " and buckets is not null) r cross join unnest(r.buckets) with ordinality as u(b, i)"
            + " where b <> 0 group by day, series, i",
        scope,
        from,
        to,
        row -> {
          Map<String, Sum> day = days.get(row.getObject(1, LocalDate.class));
          Sum sum = day == null ? null : day.get(row.getString(2));
          if (sum != null) {
            long[] buckets =
                sum.buckets().length == 0 ? new long[Histogram.BUCKETS] : sum.buckets();
            int bucket = row.getInt(3) - 1;
            if (bucket >= buckets.length) {
              buckets = Arrays.copyOf(buckets, bucket + 1);
            }
            buckets[bucket] += row.getLong(4);
            day.put(row.getString(2), new Sum(sum.n(), sum.total(), buckets));
          }
        });
    return days;
  }

  /** Per stock series: the roll-ups of every day before {@code day}. */
  public Map<String, Sum> stocksBefore(Scope scope, LocalDate day) {
    String sql =
        "select series, sum(n), sum(total) from "
            + scope.stockTable()
            + " where day < ? and "
            + STOCKS
            + " and "
            + scope.condition()
            + " group by series";
    Map<String, Sum> stocks = new HashMap<>();
    query(
        sql,
        scope,
        day,
        null,
        row ->
            stocks.put(row.getString(1), new Sum(row.getLong(2), row.getDouble(3), new long[0])));
    return stocks;
  }

  private interface RowReader {
    void read(ResultSet row) throws SQLException;
  }

  private void query(String sql, Scope scope, LocalDate first, LocalDate second, RowReader reader) {
    entityManager
        .unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement select = connection.prepareStatement(sql)) {
                int i = 1;
                select.setDate(i++, Date.valueOf(first));
                if (second != null) {
                  select.setDate(i++, Date.valueOf(second));
                }
                if (scope.kind() != Scope.Kind.OVERVIEW) {
                  select.setString(i, scope.id());
                }
                try (ResultSet rows = select.executeQuery()) {
                  while (rows.next()) {
                    reader.read(rows);
                  }
                }
              }
            });
  }
}
