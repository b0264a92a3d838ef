package dev.rapport.notification.domain;

import dev.rapport.notification.config.RetentionConfig;
import dev.rapport.support.retention.BatchedDelete;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Deletes deliveries in a final status once older than {@code
 * rapport.notification.retention.deliveries}. Pending, failed and digest-waiting ones stay whatever
 * their age, and so does a digest whose gathered messages are not final yet (deleting it would put
 * them back in the queue of the next digest).
 */
@ApplicationScoped
public class DeliveryRetention {
  private static final Logger LOG = Logger.getLogger(DeliveryRetention.class);
  private static final String FINAL = "('SENT', 'DEAD', 'SUPPRESSED')";
  private static final String DELETE_BATCH =
      "DELETE FROM deliveries WHERE id IN (SELECT d.id FROM deliveries d"
          + " WHERE d.created_at < ? AND d.status IN "
          + FINAL
          + " AND NOT EXISTS (SELECT 1 FROM deliveries m WHERE m.digest_id = d.id"
          + " AND m.status NOT IN "
          + FINAL
          + ") ORDER BY d.created_at, d.id LIMIT ?)";

  private final DataSource dataSource;
  private final RetentionConfig config;
  private final Clock clock;

  DeliveryRetention(DataSource dataSource, RetentionConfig config, Clock clock) {
    this.dataSource = dataSource;
    this.config = config;
    this.clock = clock;
  }

  @Scheduled(
      identity = "rapport-delivery-retention",
      every = "${rapport.cleanup.interval:15m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    try {
      purge();
    } catch (SQLException e) {
      LOG.warnf("Could not delete old deliveries (will retry): %s", e.getMessage());
    }
  }

  /** Deletes final deliveries created before the retention; answers how many went. */
  public long purge() throws SQLException {
    Instant cutoff = clock.instant().minus(config.deliveries());
    try (Connection connection = dataSource.getConnection()) {
      long deleted =
          BatchedDelete.olderThan(connection, DELETE_BATCH, cutoff, config.purgeBatchSize());
      LOG.debugf("Deleted %d deliveries created before %s", deleted, cutoff);
      return deleted;
    }
  }
}
