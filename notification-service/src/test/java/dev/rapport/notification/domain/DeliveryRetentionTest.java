package dev.rapport.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.local.RapportTestResource;
import dev.rapport.notification.DeliveryTestProfile;
import dev.rapport.notification.Fixtures;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Final deliveries go after the retention (90 days), a batch at a time; everything else stays. */
@QuarkusTest
@TestProfile(DeliveryTestProfile.class)
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "notification-service"))
class DeliveryRetentionTest {
  @Inject DeliveryRetention retention;
  @Inject DataSource dataSource;

  @Test
  void finalDeliveriesOlderThanTheRetentionGoAndEverythingElseStays() throws Exception {
    String to = Fixtures.unique("retention") + "@example.com";
    UUID oldDigest = UUID.randomUUID();
    try (Connection db = dataSource.getConnection()) {
      // More than one purge batch (1,000) of old SENT messages, so the purge must loop.
      insert(db, to, "SENT", "100 days", 2_500, null, null);
      insert(db, to, "DEAD", "100 days", 3, null, null);
      insert(db, to, "SUPPRESSED", "100 days", 3, null, null);
      insert(db, to, "SENT", "89 days", 4, null, null);
      insert(db, to, "DEAD", "1 day", 4, null, null);
      // Not final, however old: the worker or the digest still needs them.
      insert(db, to, "PENDING", "100 days", 5, null, null);
      insert(db, to, "FAILED", "100 days", 5, null, null);
      // An old digest that went out DEAD while a message it gathered still waits: both stay.
      insert(db, to, "DEAD", "100 days", 1, oldDigest, null);
      insert(db, to, "DIGEST", "100 days", 1, null, oldDigest);
    }

    long deleted = retention.purge();

    assertThat(deleted).isGreaterThanOrEqualTo(2_506);
    Map<String, Integer> left = countsByStatusAndAge(to);
    assertThat(left)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "SENT recent", 4,
                "DEAD recent", 4,
                "PENDING old", 5,
                "FAILED old", 5,
                "DEAD old", 1,
                "DIGEST old", 1));
  }

  private static void insert(
      Connection db, String to, String status, String age, int rows, UUID id, UUID digestId)
      throws Exception {
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into deliveries (id, event_id, event_type, recipient, audience, channel,"
                + " subject, body_text, status, next_attempt_at, digest_id, created_at)"
                + " select coalesce(?::uuid, gen_random_uuid()), gen_random_uuid()::text,"
                + " 'rapport.ticket.resolved.v1', ?, 'REQUESTER', 'EMAIL', 'Resolved', 'Resolved',"
                + " ?, now() + interval '1 day', ?::uuid, now() - ?::interval"
                + " from generate_series(1, ?)")) {
      insert.setString(1, id == null ? null : id.toString());
      insert.setString(2, to);
      insert.setString(3, status);
      insert.setString(4, digestId == null ? null : digestId.toString());
      insert.setString(5, age);
      insert.setInt(6, rows);
      insert.executeUpdate();
    }
  }

  private Map<String, Integer> countsByStatusAndAge(String to) throws Exception {
    Map<String, Integer> counts = new LinkedHashMap<>();
    try (Connection db = dataSource.getConnection();
        PreparedStatement select =
            db.prepareStatement(
                "select status || case when created_at < now() - interval '90 days'"
                    + " then ' old' else ' recent' end, count(*) from deliveries"
                    + " where recipient = ? group by 1")) {
      select.setString(1, to);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          counts.put(rs.getString(1), rs.getInt(2));
        }
      }
    }
    return counts;
  }
}
