package dev.rapport.support.outbox;

import dev.rapport.support.retention.BatchedDelete;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The relay's side of the {@code outbox} table: plain JDBC on connections it holds itself. */
final class OutboxTable {
  private static final String UNPUBLISHED =
      "SELECT seq, id, topic, message_key, type, source, subject, occurred_at, payload"
          + " FROM outbox WHERE published_at IS NULL ORDER BY seq LIMIT ?";
  private static final String MARK_PUBLISHED =
      "UPDATE outbox SET published_at = now() WHERE seq = ANY (?)";
  private static final String PENDING =
      "SELECT count(*), min(occurred_at) FROM outbox WHERE published_at IS NULL";
  // Chunks keep each delete's locks and WAL small when a day of rows goes at once.
  private static final String DELETE_PUBLISHED_CHUNK =
      "DELETE FROM outbox WHERE seq IN (SELECT seq FROM outbox"
          + " WHERE published_at < ? ORDER BY seq LIMIT ?)";
  private static final int DELETE_CHUNK = 10_000;

  /** What is waiting: how many rows and since when (null when nothing is). */
  record Pending(long count, Instant oldestOccurredAt) {
    Duration oldestAge(Instant now) {
      return oldestOccurredAt == null ? Duration.ZERO : Duration.between(oldestOccurredAt, now);
    }
  }

  private OutboxTable() {}

  static List<OutboxRow> unpublished(Connection connection, int limit) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(UNPUBLISHED)) {
      select.setInt(1, limit);
      try (ResultSet rs = select.executeQuery()) {
        List<OutboxRow> rows = new ArrayList<>();
        while (rs.next()) {
          rows.add(
              new OutboxRow(
                  rs.getLong(1),
                  rs.getObject(2, UUID.class),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getObject(8, OffsetDateTime.class).toInstant(),
                  rs.getString(9)));
        }
        return rows;
      }
    }
  }

  static void markPublished(Connection connection, List<OutboxRow> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    Long[] seqs = rows.stream().map(OutboxRow::seq).toArray(Long[]::new);
    Array array = connection.createArrayOf("bigint", seqs);
    try (PreparedStatement update = connection.prepareStatement(MARK_PUBLISHED)) {
      update.setArray(1, array);
      update.executeUpdate();
    } finally {
      array.free();
    }
  }

  static Pending pending(Connection connection) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(PENDING);
        ResultSet rs = select.executeQuery()) {
      rs.next();
      OffsetDateTime oldest = rs.getObject(2, OffsetDateTime.class);
      return new Pending(rs.getLong(1), oldest == null ? null : oldest.toInstant());
    }
  }

  static long deletePublishedBefore(Connection connection, Instant cutoff) throws SQLException {
    return BatchedDelete.olderThan(connection, DELETE_PUBLISHED_CHUNK, cutoff, DELETE_CHUNK);
  }
}
