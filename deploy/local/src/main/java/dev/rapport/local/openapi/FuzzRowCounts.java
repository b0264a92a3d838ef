package dev.rapport.local.openapi;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.sql.DataSource;

/** Row counts of every table of a service's schema, in one query, for the fuzz walk. */
public final class FuzzRowCounts implements Supplier<Map<String, Long>> {
  private final DataSource dataSource;
  private final Set<String> ignored;
  private String query;

  /**
   * {@code ignored}: tables that change on their own while the walk runs (none, usually; Flyway's
   * history is always left out).
   */
  public FuzzRowCounts(DataSource dataSource, Set<String> ignored) {
    this.dataSource = dataSource;
    this.ignored = ignored;
  }

  @Override
  public Map<String, Long> get() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      if (query == null) {
        query = countQuery(statement);
      }
      Map<String, Long> counts = new TreeMap<>();
      try (ResultSet rows = statement.executeQuery(query)) {
        while (rows.next()) {
          counts.put(rows.getString(1), rows.getLong(2));
        }
      }
      return counts;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot count rows", e);
    }
  }

  private String countQuery(Statement statement) throws SQLException {
    List<String> selects = new ArrayList<>();
    try (ResultSet tables =
        statement.executeQuery(
            "select table_name from information_schema.tables where table_schema ="
                + " current_schema() and table_type = 'BASE TABLE' order by table_name")) {
      while (tables.next()) {
        String table = tables.getString(1);
        if (!table.startsWith("flyway_") && !ignored.contains(table)) {
          selects.add("select '" + table + "', count(*) from \"" + table + "\"");
        }
      }
    }
    return String.join(" union all ", selects);
  }
}
