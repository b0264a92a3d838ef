package dev.rapport.support.messaging;

import dev.rapport.support.retention.BatchedDelete;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

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
  private static final Logger LOG = Logger.getLogger(ProcessedEventsCleanup.class);
  // By primary key, oldest first, so that each batch reads the processed_at index and stops early.
  private static final String DELETE_BATCH =
      "DELETE FROM processed_events WHERE (consumer, event_id) IN (SELECT consumer, event_id"
          + " FROM processed_events WHERE processed_at < ? ORDER BY processed_at LIMIT ?)";

  private final DataSource dataSource;
  private final ProcessedEventsConfig config;
  private final Clock clock;

  ProcessedEventsCleanup(DataSource dataSource, ProcessedEventsConfig config, Clock clock) {
    this.dataSource = dataSource;
    this.config = config;
    this.clock = clock;
  }

  @Scheduled(
      identity = "rapport-processed-events-cleanup",
      every = "${rapport.cleanup.interval:15m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    try {
      purge();
    } catch (SQLException e) {
      LOG.warnf("Could not delete old processed-event ids (will retry): %s", e.getMessage());
    }
  }

  /** Deletes the ids applied before the retention; answers how many went. */
  public long purge() throws SQLException {
    Instant cutoff = clock.instant().minus(config.retention());
    try (Connection connection = dataSource.getConnection()) {
      long deleted =
          BatchedDelete.olderThan(connection, DELETE_BATCH, cutoff, config.purgeBatchSize());
      LOG.debugf("Deleted %d processed-event ids older than %s", deleted, cutoff);
      return deleted;
    }
  }
}
