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

  private final EntityManager entityManager;

  RollupReader(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** Per day from {@code from} to {@code to} (inclusive), per series: the summed roll-ups. */
  public Map<LocalDate, Map<String, Sum>> daily(Scope scope, LocalDate from, LocalDate to) {
    String sql =
        "select day, series, n, total, buckets from rollups where day between ? and ? and "
            + scope.condition();
    Map<LocalDate, Map<String, Sum>> days = new TreeMap<>();
    query(
        sql,
        scope,
        from,
        to,
        row -> {
          LocalDate day = row.getDate(1).toLocalDate();
          days.computeIfAbsent(day, d -> new HashMap<>())
              .merge(row.getString(2), sum(row), Sum::plus);
        });
    return days;
  }

  /** Per stock series: the roll-ups of every day before {@code day}. */
  public Map<String, Sum> stocksBefore(Scope scope, LocalDate day) {
    String sql =
        "select series, sum(n), sum(total) from rollups where day < ? and "
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

  private static Sum sum(ResultSet row) throws SQLException {
    Array array = row.getArray(5);
    long[] buckets = new long[0];
    if (array != null) {
      Object[] values = (Object[]) array.getArray();
      buckets = new long[values.length];
      for (int i = 0; i < values.length; i++) {
        buckets[i] = values[i] == null ? 0 : ((Number) values[i]).longValue();
      }
    }
    return new Sum(row.getLong(3), row.getDouble(4), buckets);
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
