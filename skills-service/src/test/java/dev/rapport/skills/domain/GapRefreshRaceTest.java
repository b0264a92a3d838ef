package dev.rapport.skills.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.local.RapportTestResource;
import dev.rapport.skills.HandBuilt;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The ticket consumer asks for a skill's gaps to be recomputed while the refresh job drains the
 * requests. Whatever the interleaving, a change must not be left unrecomputed: either the job's
 * recompute runs after the consumer's commit, or a request stays for the next round.
 */
@QuarkusTest
@TestProfile(GapRefreshRaceTest.NoBackgroundRefresh.class)
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "skills-service"))
class GapRefreshRaceTest {
  /** Only this test drains the requests, so that the interleaving is the one it sets up. */
  public static class NoBackgroundRefresh implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("rapport.skills.gaps.refresh-delay", "off");
    }
  }

  @Inject GapMonitor monitor;
  @Inject DataSource dataSource;

  @Test
  void aRequestMadeWhileTheJobDrainsAnEarlierOneIsNeverLost() throws Exception {
    UUID skill = HandBuilt.skill(HandBuilt.unique("BGP"));
    // An earlier request for the skill, committed and not yet drained.
    QuarkusTransaction.requiringNew().run(() -> monitor.refreshSkillsSoon(Set.of(skill)));

    CountDownLatch requested = new CountDownLatch(1);
    CountDownLatch mayCommit = new CountDownLatch(1);
    // The consumer: records new demand's request, then holds its transaction open.
    CompletableFuture<Void> consumer =
        CompletableFuture.runAsync(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () -> {
                          monitor.refreshSkillsSoon(Set.of(skill));
                          requested.countDown();
                          await(mayCommit);
                        }));
    assertThat(requested.await(30, TimeUnit.SECONDS)).isTrue();

    // The job drains while the consumer's transaction is still open.
    CompletableFuture<Integer> job =
        CompletableFuture.supplyAsync(
            () -> QuarkusTransaction.requiringNew().call(monitor::refreshRequestedSkills));
    waitUntilDoneOrBlocked(job);
    boolean jobRecomputedBeforeTheConsumerCommitted = job.isDone();

    mayCommit.countDown();
    consumer.get(30, TimeUnit.SECONDS);
    job.get(30, TimeUnit.SECONDS);

    if (jobRecomputedBeforeTheConsumerCommitted) {
      assertThat(pendingRequest(skill))
          .as("the job recomputed without the consumer's change, so its request must remain")
          .isTrue();
    }
  }

  /** Waits until the job has finished or sits waiting for a row lock held by the consumer. */
  private void waitUntilDoneOrBlocked(CompletableFuture<?> job) {
    Awaitility.await()
        .alias("the job finishes or blocks")
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> job.isDone() || jobWaitsForALock());
  }

  private boolean jobWaitsForALock() throws Exception {
    try (Connection db = dataSource.getConnection();
        PreparedStatement select =
            db.prepareStatement(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                    + " and query like 'delete from gap_refresh_requests%'");
        ResultSet rs = select.executeQuery()) {
      rs.next();
      return rs.getInt(1) > 0;
    }
  }

  private boolean pendingRequest(UUID skill) throws Exception {
    try (Connection db = dataSource.getConnection();
        PreparedStatement select =
            db.prepareStatement("select count(*) from gap_refresh_requests where skill_id = ?")) {
      select.setObject(1, skill);
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        return rs.getInt(1) > 0;
      }
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never let the consumer commit");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
