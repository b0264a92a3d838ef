package dev.rapport.ticket.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import dev.rapport.local.RapportTestResource;
import dev.rapport.support.outbox.Relays;
import dev.rapport.ticket.api.Api;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What docs/architecture.md promises of readiness: the outbox check is DOWN, with what waits and
 * since when, while the oldest unpublished event is older than rapport.outbox.max-lag-for-ready (2
 * s in this profile), and UP again once the events are out.
 */
@QuarkusTest
@TestProfile(StoppedRelayProfile.class)
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "ticket-service"))
class OutboxReadinessTest {
  private static final String OUTBOX = "checks.find { it.name == 'outbox' }";
  private static final long MAX_LAG_MS = StoppedRelayProfile.MAX_LAG_FOR_READY_MS;

  @BeforeEach
  void nothingPublishesTheOutbox() throws InterruptedException {
    Relays.stopApplicationRelay();
  }

  @Test
  void notReadyWhileTheOldestUnpublishedEventIsOlderThanTheMaxLagAndReadyOnceItIsOut() {
    Api.open(Api.uniquePerson("lagging"), Api.incident("Raised while nothing publishes"));

    eventually(
        () ->
            readiness(503)
                .body(OUTBOX + ".status", equalTo("DOWN"))
                .body(OUTBOX + ".data.pending", greaterThanOrEqualTo(1))
                .body(OUTBOX + ".data.maxLagForReadyMs", equalTo((int) MAX_LAG_MS))
                .body(OUTBOX + ".data.oldestAgeMs", greaterThan((int) MAX_LAG_MS)));

    Relays.Replica replacement = Relays.startReplacement("replacement");
    try {
      eventually(
          () ->
              readiness(200)
                  .body(OUTBOX + ".status", equalTo("UP"))
                  .body(OUTBOX + ".data.pending", equalTo(0))
                  .body(OUTBOX + ".data.oldestAgeMs", equalTo(0)));
    } finally {
      replacement.close();
    }
  }

  private static ValidatableResponse readiness(int status) {
    return given().get("/q/health/ready").then().statusCode(status);
  }

  private static void eventually(ThrowingRunnable check) {
    Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(check);
  }
}
