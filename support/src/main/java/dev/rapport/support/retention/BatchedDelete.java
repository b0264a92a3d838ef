package dev.rapport.support.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Deletes rows older than a cutoff a batch at a time, each batch its own statement (and, on an
 * auto-commit connection, its own transaction), until a batch comes back short. Small batches keep
 * each delete's locks, WAL and replication lag small when months of rows go at once.
 */
public final class BatchedDelete {
  private BatchedDelete() {}

  /**
   * Runs {@code deleteBatch} until it deletes fewer than {@code batchSize} rows.
   *
   * @param deleteBatch a DELETE whose first parameter is the cutoff (timestamptz) and whose second
   *     is the batch size, e.g. {@code DELETE FROM t WHERE id IN (SELECT id FROM t WHERE at < ?
   *     ORDER BY at LIMIT ?)}
   * @return the rows deleted in all
   */
  public static long olderThan(
      Connection connection, String deleteBatch, Instant cutoff, int batchSize)
      throws SQLException {
    long deleted = 0;
    try (PreparedStatement delete = connection.prepareStatement(deleteBatch)) {
      delete.setObject(1, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
      delete.setInt(2, batchSize);
      int batch;
      do {
        batch = delete.executeUpdate();
        deleted += batch;
      } while (batch == batchSize);
    }
    return deleted;
  }
}
