package dev.rapport.support.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Deletes rows older than a cutoff a batch at a time, each batch its own statement (and, on an
 * auto-commit connection, its own transaction), until a batch comes back short. Small batches keep
 * each delete's locks, WAL and replication lag small when months of rows go at once.
 */
public final class BatchedDelete {
  private static final Logger LOG = Logger.getLogger(BatchedDelete.class);

  private final DataSource dataSource;
  private final String rows;
  private final String deleteBatch;

  /**
   * @param rows what the rows are, for the log ("processed-event ids")
   * @param deleteBatch see {@link #olderThan(Connection, String, Instant, int)}
   */
  public BatchedDelete(DataSource dataSource, String rows, String deleteBatch) {
    this.dataSource = dataSource;
    this.rows = rows;
    this.deleteBatch = deleteBatch;
  }

  /** Deletes the rows older than {@code cutoff} on a connection of its own; answers how many. */
  public long olderThan(Instant cutoff, int batchSize) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      long deleted = olderThan(connection, deleteBatch, cutoff, batchSize);
      LOG.debugf("Deleted %d %s older than %s", deleted, rows, cutoff);
      return deleted;
    }
  }

  /**
   * For a scheduled job: as {@link #olderThan(Instant, int)}, a failure logged for the next run.
   */
  public void olderThanOrLog(Instant cutoff, int batchSize) {
    try {
      olderThan(cutoff, batchSize);
    } catch (SQLException e) {
      LOG.warnf("Could not delete old %s (will retry): %s", rows, e.getMessage());
    }
  }

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
