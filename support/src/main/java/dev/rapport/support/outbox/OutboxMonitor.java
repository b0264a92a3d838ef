package dev.rapport.support.outbox;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * What waits in the outbox, looked up every few seconds on a scheduler thread, so that metric
 * scrapes and readiness probes read a field instead of querying the database.
 */
@ApplicationScoped
@IfBuildProperty(
    name = "rapport.support.database.enabled",
    stringValue = "true",
    enableIfMissing = true)
class OutboxMonitor {
  private final DataSource dataSource;
  private volatile OutboxTable.Pending pending = new OutboxTable.Pending(0, null);
  private volatile String failure;

  OutboxMonitor(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Scheduled(
      identity = "rapport-outbox-monitor",
      every = "${rapport.outbox.monitor-interval}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void refresh() {
    try (Connection connection = dataSource.getConnection()) {
      pending = OutboxTable.pending(connection);
      failure = null;
    } catch (SQLException e) {
      failure = e.getMessage();
    }
  }

  OutboxTable.Pending pending() {
    return pending;
  }

  /** Why the last look failed, or null when it worked. */
  String failure() {
    return failure;
  }
}
