package dev.rapport.support.messaging;

import dev.rapport.support.retention.BatchedDelete;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Forgets applied event ids after {@code rapport.messaging.processed-events.retention}: by then the
 * topic no longer holds the event, so no repeat can arrive.
 */
@ApplicationScoped
@IfBuildProperty(
    name = "rapport.support.database.enabled",
    stringValue = "true",
    enableIfMissing = true)
public class ProcessedEventsCleanup {
  // Oldest first through the processed_at index, each row then by its primary key.
  private static final String DELETE_BATCH =
      "DELETE FROM processed_events WHERE (consumer, event_id) IN (SELECT consumer, event_id"
          + " FROM processed_events WHERE processed_at < ? ORDER BY processed_at LIMIT ?)";

  private final BatchedDelete delete;
  private final ProcessedEventsConfig config;
  private final Clock clock;

  ProcessedEventsCleanup(DataSource dataSource, ProcessedEventsConfig config, Clock clock) {
    this.delete = new BatchedDelete(dataSource, "processed-event ids", DELETE_BATCH);
    this.config = config;
    this.clock = clock;
  }

  @Scheduled(
      identity = "rapport-processed-events-cleanup",
      every = "${rapport.cleanup.interval:15m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    delete.olderThanOrLog(cutoff(), config.purgeBatchSize());
  }

  /** Deletes the ids applied before the retention; answers how many went. */
  public long purge() throws SQLException {
    return delete.olderThan(cutoff(), config.purgeBatchSize());
  }

  private Instant cutoff() {
    return clock.instant().minus(config.retention());
  }
}
