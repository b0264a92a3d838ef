package dev.rapport.support.retention;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * A purge of the rows older than a retention, a batch at a time ({@link BatchedDelete}). A subclass
 * names the rows, the statement and its settings, and schedules {@link #purgeOrLog()}; subclasses
 * are {@code @Singleton} beans (no client proxy, so this constructor is all they need).
 */
public abstract class RetentionPurge {
  private final BatchedDelete delete;
  private final Clock clock;
  private final Supplier<Duration> retention;
  private final IntSupplier batchSize;

  /**
   * @param rows what the rows are, for the log ("final deliveries")
   * @param deleteBatch see {@link BatchedDelete#olderThan(java.sql.Connection, String, Instant,
   *     int)}
   */
  protected RetentionPurge(
      DataSource dataSource,
      String rows,
      String deleteBatch,
      Clock clock,
      Supplier<Duration> retention,
      IntSupplier batchSize) {
    this.delete = new BatchedDelete(dataSource, rows, deleteBatch);
    this.clock = clock;
    this.retention = retention;
    this.batchSize = batchSize;
  }

  /** Deletes the rows older than the retention; answers how many went. */
  public long purge() throws SQLException {
    return delete.olderThan(cutoff(), batchSize.getAsInt());
  }

  /** For the scheduled run: as {@link #purge()}, a failure logged for the next run. */
  protected void purgeOrLog() {
    delete.olderThanOrLog(cutoff(), batchSize.getAsInt());
  }

  private Instant cutoff() {
    return clock.instant().minus(retention.get());
  }
}
