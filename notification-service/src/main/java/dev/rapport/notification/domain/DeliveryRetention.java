package dev.rapport.notification.domain;

import dev.rapport.notification.config.RetentionConfig;
import dev.rapport.support.retention.RetentionPurge;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * Deletes deliveries in a final status once older than {@code
 * rapport.notification.retention.deliveries}. Pending, failed and digest-waiting ones stay whatever
 * their age, and so does a digest whose gathered messages are not final yet (deleting it would put
 * them back in the queue of the next digest).
 */
@Singleton
public class DeliveryRetention extends RetentionPurge {
  private static final String FINAL = "('SENT', 'DEAD', 'SUPPRESSED', 'WITHDRAWN')";
  private static final String DELETE_BATCH =
      "DELETE FROM deliveries WHERE id IN (SELECT d.id FROM deliveries d"
          + " WHERE d.created_at < ? AND d.status IN "
          + FINAL
          + " AND NOT EXISTS (SELECT 1 FROM deliveries m WHERE m.digest_id = d.id"
          + " AND m.status NOT IN "
          + FINAL
          + ") ORDER BY d.created_at, d.id LIMIT ?)";

  DeliveryRetention(DataSource dataSource, RetentionConfig config, Clock clock) {
    super(
        dataSource,
        "final deliveries",
        DELETE_BATCH,
        clock,
        config::deliveries,
        config::purgeBatchSize);
  }

  @Scheduled(
      identity = "rapport-delivery-retention",
      every = "${rapport.cleanup.interval}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void scheduled() {
    purgeOrLog();
  }
}
