package dev.rapport.support.outbox;

import dev.rapport.support.retention.CleanupConfig;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Deletes published rows once they are older than {@code rapport.outbox.retention}; public for the
 * services' tests that prove it.
 */
@ApplicationScoped
@IfBuildProperty(
    name = "rapport.support.database.enabled",
    stringValue = "true",
    enableIfMissing = true)
public class OutboxCleanup {
  private static final Logger LOG = Logger.getLogger(OutboxCleanup.class);

  private final DataSource dataSource;
  private final OutboxConfig config;
  private final CleanupConfig cleanup;

  // The @Scheduled expressions of every purge job read rapport.cleanup.interval by name; a
  // mapping injected somewhere is what makes its default visible to them.
  OutboxCleanup(DataSource dataSource, OutboxConfig config, CleanupConfig cleanup) {
    this.dataSource = dataSource;
    this.config = config;
    this.cleanup = cleanup;
  }

  @Scheduled(
      identity = "rapport-outbox-cleanup",
      every = "${rapport.cleanup.interval}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void onSchedule() {
    deletePublished();
  }

  /** Answers how many rows went (0 when the database could not be reached; retried later). */
  public long deletePublished() {
    Instant cutoff = Instant.now().minus(config.retention());
    try (Connection connection = dataSource.getConnection()) {
      long deleted = OutboxTable.deletePublishedBefore(connection, cutoff);
      LOG.debugf(
          "Deleted %d outbox rows published before %s; next purge in %s",
          deleted, cutoff, cleanup.interval());
      return deleted;
    } catch (SQLException e) {
      LOG.warnf("Could not delete published outbox rows (will retry): %s", e.getMessage());
      return 0;
    }
  }
}
