package dev.rapport.ticket.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.local.RapportTestResource;
import dev.rapport.support.idempotency.IdempotencyKeyCleanup;
import dev.rapport.support.outbox.OutboxCleanup;
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
 * What the README promises of the two tables that would otherwise grow for ever: published outbox
 * rows go after rapport.outbox.retention (24 h), idempotency keys after their 24 hours; younger
 * rows stay.
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "ticket-service"))
class CleanupTest {
  @Inject OutboxCleanup outboxCleanup;
  @Inject IdempotencyKeyCleanup idempotencyKeyCleanup;
  @Inject DataSource dataSource;

  @Test
  void publishedOutboxRowsGoAfterTheRetentionAndYoungerOnesStay() throws Exception {
    String key = "cleanup-probe-" + UUID.randomUUID();
    try (Connection db = dataSource.getConnection()) {
      publishedRow(db, key, "25 hours", 3);
      publishedRow(db, key, "23 hours", 2);
    }

    assertThat(outboxCleanup.deletePublished()).isGreaterThanOrEqualTo(3);
    assertThat(count("select count(*) from outbox where message_key = ?", key)).isEqualTo(2);
  }

  @Test
  void idempotencyKeysGoAfterTwentyFourHoursAndYoungerOnesStay() throws Exception {
    String scope = "cleanup-probe-" + UUID.randomUUID();
    try (Connection db = dataSource.getConnection()) {
      idempotencyKey(db, scope, "old", "25 hours");
      idempotencyKey(db, scope, "young", "23 hours");
    }

    assertThat(idempotencyKeyCleanup.deleteExpired()).isGreaterThanOrEqualTo(1);
    assertThat(count("select count(*) from idempotency_keys where scope = ?", scope)).isEqualTo(1);
    assertThat(
            count("select count(*) from idempotency_keys where scope = ? and key = 'young'", scope))
        .isEqualTo(1);
  }

  private int count(String sql, String value) throws Exception {
    try (Connection db = dataSource.getConnection();
        PreparedStatement select = db.prepareStatement(sql)) {
      select.setString(1, value);
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static void publishedRow(Connection db, String key, String age, int rows)
      throws Exception {
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into outbox (id, topic, message_key, type, source, subject, occurred_at,"
                + " payload, published_at)"
                + " select gen_random_uuid(), 'rapport.tickets.v1', ?, 'probe', 'probe', 'probe',"
                + " now() - ?::interval, '{}', now() - ?::interval from generate_series(1, ?)")) {
      insert.setString(1, key);
      insert.setString(2, age);
      insert.setString(3, age);
      insert.setInt(4, rows);
      insert.executeUpdate();
    }
  }

  private static void idempotencyKey(Connection db, String scope, String key, String age)
      throws Exception {
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into idempotency_keys (scope, key, fingerprint, created_at)"
                + " values (?, ?, 'probe', now() - ?::interval)")) {
      insert.setString(1, scope);
      insert.setString(2, key);
      insert.setString(3, age);
      insert.executeUpdate();
    }
  }
}
