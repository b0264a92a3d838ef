package dev.rapport.engagement.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Rows sent to PostgreSQL as one text array per column, for the {@code unnest(?::text[], ...)}
 * statements that write a consumer batch's rows at once (one statement, not one a row); and the
 * rows of a batch's ids read with one {@code = any(?::uuid[])}.
 */
public final class ColumnArrays {
  private ColumnArrays() {}

  /** {@code rows} by column: {@code values} gives a row's columns; null stays null. */
  public static <T> String[][] of(List<T> rows, int width, Function<T, Object[]> values) {
    String[][] columns = new String[width][rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      Object[] row = values.apply(rows.get(i));
      for (int c = 0; c < width; c++) {
        columns[c][i] = row[c] == null ? null : row[c].toString();
      }
    }
    return columns;
  }

  /** Sets {@code columns} as the statement's first parameters, in their order. */
  public static void bind(Connection connection, PreparedStatement statement, String[][] columns)
      throws SQLException {
    for (int c = 0; c < columns.length; c++) {
      statement.setArray(c + 1, connection.createArrayOf("text", columns[c]));
    }
  }

  /** What is done with each row a query answers. */
  @FunctionalInterface
  public interface RowReader {
    void read(ResultSet row) throws SQLException;
  }

  /** Runs {@code sql}, whose one parameter is {@code ids} as a uuid[]; each row to {@code each}. */
  public static void selectByIds(
      Connection connection, String sql, Collection<UUID> ids, RowReader each) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          each.read(rows);
        }
      }
    }
  }

  /** Runs {@code sql} with {@code columns} as its parameters; answers the rows it changed. */
  public static int executeUpdate(Connection connection, String sql, String[][] columns)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(connection, statement, columns);
      return statement.executeUpdate();
    }
  }
}
