package dev.rapport.support.messaging;

import dev.rapport.support.retention.RetentionPurge;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * Forgets applied event ids after {@code rapport.messaging.processed-events.retention}: by then the
 * topic no longer holds the event, so no repeat can arrive.
 */
@Singleton
@IfBuildProperty(
    name = "rapport.support.database.enabled",
    stringValue = "true",
    enableIfMissing = true)
public class ProcessedEventsCleanup extends RetentionPurge {
  // Oldest first through the processed_at index, each row then by its primary key.
  private static final String DELETE_BATCH =
      "DELETE FROM processed_events WHERE (consumer, event_id) IN (SELECT consumer, event_id"
          + " FROM processed_events WHERE processed_at < ? ORDER BY processed_at LIMIT ?)";

  ProcessedEventsCleanup(DataSource dataSource, ProcessedEventsConfig config, Clock clock) {
    super(
        dataSource,
        "processed-event ids",
        DELETE_BATCH,
        clock,
        config::retention,
        config::purgeBatchSize);
  }

  @Scheduled(
      identity = "rapport-processed-events-cleanup",
      every = "${rapport.cleanup.interval}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void scheduled() {
    purgeOrLog();
  }
}
