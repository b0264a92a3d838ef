package dev.rapport.ticket.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.events.Topics;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.support.outbox.Relays;
import dev.rapport.ticket.api.Api;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What docs/architecture.md promises of several replicas: the advisory lock lets one relay publish
 * at a time, every event goes out once and in order per ticket, and when the publisher stops or its
 * session ends another replica takes over. Two relays built as the application builds its own run
 * on the application's database, as two instances of the service would.
 */
@QuarkusTest
@TestProfile(StoppedRelayProfile.class)
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "ticket-service"))
class PublishingLeaseTest {
  private static final String ADVISORY_LOCKS_HERE =
      "select count(*) from pg_locks where locktype = 'advisory' and granted"
          + " and database = (select oid from pg_database where datname = current_database())";

  @Inject DataSource dataSource;

  private OutboxRows outbox;

  @BeforeEach
  void onlyThisTestsReplicasPublish() throws InterruptedException {
    Relays.stopApplicationRelay();
    outbox = new OutboxRows(dataSource);
  }

  @Test
  void oneReplicaPublishesAtATimeAndTheOtherTakesOverWhenItStops() throws Exception {
    String requester = Api.uniquePerson("lease");
    List<String> ids = new ArrayList<>();
    try (Relays.Replica one = Relays.startReplica("replica-one");
        Relays.Replica two = Relays.startReplica("replica-two")) {
      for (int i = 0; i < 4; i++) {
        ids.add(Api.open(requester, Api.incident("Raised under one publisher " + i)));
      }
      awaitDrained();
      // One of them holds the lease and published everything; the other published nothing.
      assertThat(List.of(one.published(), two.published()))
          .containsExactlyInAnyOrder(0.0, (double) ids.size());
      Relays.Replica holder = one.published() > 0 ? one : two;
      Relays.Replica standby = holder == one ? two : one;

      // Changes go on while the publisher shuts down.
      CompletableFuture<Void> changes =
          CompletableFuture.runAsync(
              () -> {
                for (int round = 0; round < 5; round++) {
                  for (String id : ids) {
                    Api.agent()
                        .body(Map.of("title", "Changed during the hand-over " + round))
                        .patch("/api/v1/tickets/{id}", id)
                        .then()
                        .statusCode(200);
                  }
                }
              });
      // The holder is mid-way through the changes when it stops.
      Awaitility.await().atMost(TopicReader.PATIENCE).until(() -> holder.published() > ids.size());
      holder.close();
      double byHolder = holder.published();
      changes.get();
      awaitDrained();

      assertThat(holder.published()).isEqualTo(byHolder);
      assertThat(standby.published()).isPositive();
      assertThat(holder.published() + standby.published()).isEqualTo(written(ids));
    }
    assertEachTicketsEventsWentOutOnceInOrder(ids);
  }

  @Test
  void whenThePublishersSessionEndsAReplicaTakesTheLeaseAgain() throws Exception {
    String requester = Api.uniquePerson("lapse");
    List<String> ids = new ArrayList<>();
    try (Relays.Replica one = Relays.startReplica("replica-one");
        Relays.Replica two = Relays.startReplica("replica-two")) {
      ids.add(Api.open(requester, Api.incident("Raised before the lease lapses")));
      awaitDrained();
      assertThat(advisoryLocksHere()).isEqualTo(1);

      // The publisher's database session ends, as when its instance dies: its lock goes with it.
      try (Connection db = dataSource.getConnection();
          Statement kill = db.createStatement()) {
        kill.execute(
            "select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory'"
                + " and granted and pid <> pg_backend_pid()"
                + " and database = (select oid from pg_database where datname = current_database())");
      }

      ids.add(Api.open(requester, Api.incident("Raised after the lease lapsed")));
      awaitDrained();
      assertThat(advisoryLocksHere()).isEqualTo(1);
      assertThat(one.published() + two.published()).isEqualTo(written(ids));
    }
    assertEachTicketsEventsWentOutOnceInOrder(ids);
  }

  private void assertEachTicketsEventsWentOutOnceInOrder(List<String> ids) throws Exception {
    try (TopicReader topic = new TopicReader(Topics.TICKETS)) {
      Map<String, Integer> written = new HashMap<>();
      for (String id : ids) {
        written.put(id, outbox.ids(id).size());
        topic.await(id, written.get(id));
      }
      // A repeat would arrive right behind the original: for a second, none does.
      Awaitility.await()
          .during(Duration.ofSeconds(1))
          .atMost(Duration.ofSeconds(10))
          .until(() -> ids.stream().allMatch(id -> topic.seen(id).size() == written.get(id)));
      for (String id : ids) {
        assertThat(topic.seen(id))
            .extracting(e -> e.header("ce_id"))
            .containsExactlyElementsOf(outbox.ids(id));
      }
    }
  }

  private double written(List<String> ids) throws Exception {
    long rows = 0;
    for (String id : ids) {
      rows += outbox.ids(id).size();
    }
    return rows;
  }

  private void awaitDrained() {
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> outbox.pending() == 0);
  }

  private long advisoryLocksHere() throws Exception {
    try (Connection db = dataSource.getConnection();
        Statement select = db.createStatement();
        ResultSet rs = select.executeQuery(ADVISORY_LOCKS_HERE)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
