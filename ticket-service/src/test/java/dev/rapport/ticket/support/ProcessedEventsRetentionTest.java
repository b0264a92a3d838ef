package dev.rapport.ticket.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.local.RapportTestResource;
import dev.rapport.support.messaging.ProcessedEventsCleanup;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Applied event ids are forgotten after rapport.messaging.processed-events.retention (14 days), in
 * batches of 1,000 until none are left; younger ones stay, so their repeats are still skipped.
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "ticket-service"))
class ProcessedEventsRetentionTest {
  @Inject ProcessedEventsCleanup cleanup;
  @Inject DataSource dataSource;

  @Test
  void idsOlderThanTheRetentionGoBatchByBatchAndYoungerOnesStay() throws Exception {
    String consumer = "retention-probe-" + UUID.randomUUID();
    try (Connection db = dataSource.getConnection()) {
      insert(db, consumer, "15 days", 2_500);
      insert(db, consumer, "13 days", 7);
      insert(db, consumer, "1 minute", 3);
    }

    long deleted = cleanup.purge();

    assertThat(deleted).isGreaterThanOrEqualTo(2_500);
    try (Connection db = dataSource.getConnection();
        PreparedStatement select =
            db.prepareStatement(
                "select count(*), min(processed_at) > now() - interval '14 days'"
                    + " from processed_events where consumer = ?")) {
      select.setString(1, consumer);
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        assertThat(rs.getInt(1)).as("ids younger than 14 days").isEqualTo(10);
        assertThat(rs.getBoolean(2)).as("none older left").isTrue();
      }
    }
  }

  private static void insert(Connection db, String consumer, String age, int rows)
      throws Exception {
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into processed_events (consumer, event_id, processed_at)"
                + " select ?, gen_random_uuid()::text, now() - ?::interval"
                + " from generate_series(1, ?)")) {
      insert.setString(1, consumer);
      insert.setString(2, age);
      insert.setInt(3, rows);
      insert.executeUpdate();
    }
  }
}
