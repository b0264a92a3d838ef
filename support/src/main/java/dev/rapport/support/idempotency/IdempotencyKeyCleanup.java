package dev.rapport.support.idempotency;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Forgets idempotency keys after their 24 hours; they count as absent from then on anyway. Public
 * for the services' tests that prove it.
 */
@ApplicationScoped
@IfBuildProperty(
    name = "rapport.support.database.enabled",
    stringValue = "true",
    enableIfMissing = true)
public class IdempotencyKeyCleanup {
  private static final Logger LOG = Logger.getLogger(IdempotencyKeyCleanup.class);
  private static final String DELETE_EXPIRED =
      "DELETE FROM idempotency_keys WHERE created_at < now() - interval '"
          + DatabaseIdempotencyKeys.TTL
          + "'";

  private final DataSource dataSource;

  IdempotencyKeyCleanup(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Scheduled(
      identity = "rapport-idempotency-key-cleanup",
      every = "${rapport.cleanup.interval}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void onSchedule() {
    deleteExpired();
  }

  /** Answers how many keys went (0 when the database could not be reached; retried later). */
  public int deleteExpired() {
    try (Connection connection = dataSource.getConnection();
        Statement delete = connection.createStatement()) {
      int deleted = delete.executeUpdate(DELETE_EXPIRED);
      LOG.debugf("Deleted %d expired idempotency keys", deleted);
      return deleted;
    } catch (SQLException e) {
      LOG.warnf("Could not delete expired idempotency keys (will retry): %s", e.getMessage());
      return 0;
    }
  }
}
