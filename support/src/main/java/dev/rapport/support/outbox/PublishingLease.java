package dev.rapport.support.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The right to publish: a PostgreSQL session advisory lock, held on one connection for as long as
 * this instance is the publisher. Only one replica holds it, so rows go out in one order; if the
 * holder dies its session ends, the lock is released and another replica takes over.
 */
final class PublishingLease implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(PublishingLease.class);

  /**
   * Any constant will do, as each service has its own database; these are the bytes of "rappoutb".
   */
  static final long LOCK_KEY = 0x7261_7070_6f75_7462L;

  private final DataSource dataSource;
  private Connection connection;

  PublishingLease(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The lease's connection, or null when another replica holds the lock. */
  Connection acquire() throws SQLException {
    if (connection != null) {
      return connection;
    }
    Connection candidate = dataSource.getConnection();
    try {
      candidate.setAutoCommit(true);
      if (tryLock(candidate)) {
        connection = candidate;
        LOG.info("Outbox relay holds the publishing lock; this instance publishes");
        return connection;
      }
    } catch (SQLException | RuntimeException e) {
      candidate.close();
      throw e;
    }
    candidate.close(); // not the publisher: don't keep a pooled connection idle
    return null;
  }

  /** Gives the lock up (after a failure, or at shutdown), so that the next acquire starts clean. */
  @Override
  public void close() {
    if (connection == null) {
      return;
    }
    try (Statement unlock = connection.createStatement()) {
      // Unlock before the connection goes back to the pool, where the lock would otherwise stay.
      unlock.execute("SELECT pg_advisory_unlock_all()");
    } catch (SQLException e) {
      LOG.debugf("Could not unlock on the outbox connection (it is probably broken): %s", e);
    }
    try {
      connection.close();
    } catch (SQLException e) {
      LOG.debugf("Could not close the outbox connection: %s", e);
    }
    connection = null;
  }

  private static boolean tryLock(Connection connection) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      lock.setLong(1, LOCK_KEY);
      try (ResultSet rs = lock.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }
}
