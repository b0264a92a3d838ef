package dev.rapport.notification.domain;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.rapport.events.Topics;
import dev.rapport.local.HttpReceiver;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.notification.DeliveryTestProfile;
import dev.rapport.notification.Fixtures;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A receiver that keeps failing gets retries, then the delivery is dead, each try announced; an
 * admin's replay sends it again; a slow endpoint does not keep another from getting its message.
 */
@QuarkusTest
@TestProfile(DeliveryTestProfile.class)
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "notification-service"))
class DeliveryRetryTest {
  private static final String ADMIN = RapportTestResource.token("root@example.com", "admin");
  private static final String AGENT = RapportTestResource.token("sam@example.com", "agent");

  @Test
  void retriesThenDeadThenAReplayGetsThrough() {
    try (HttpReceiver failing = HttpReceiver.start();
        TopicReader topic = new TopicReader(Topics.NOTIFICATIONS)) {
      failing.respondWith(503);
      String url = failing.url("/hooks/flaky");
      Delivery d = Fixtures.pending(Channel.CHAT, "room", url);

      // max-attempts is 3 in this profile: failed, failed, failed (dead).
      List<TopicReader.Event> events = topic.await(d.id.toString(), 3);
      assertThat(events)
          .extracting(TopicReader.Event::type)
          .containsOnly("rapport.notification.failed.v1");
      assertThat(events)
          .extracting(e -> e.data().path("attempts").asInt())
          .containsExactly(1, 2, 3);
      assertThat(events)
          .extracting(e -> e.data().path("dead").asBoolean())
          .containsExactly(false, false, true);
      assertThat(events.get(0).data().path("error").asText()).isEqualTo("HTTP 503 from " + url);
      assertThat(events.get(0).data().path("nextAttemptAt").isNull()).isFalse();
      assertThat(events.get(2).data().path("nextAttemptAt").isNull()).isTrue();
      assertThat(failing.requests()).hasSize(3);

      given()
          .auth()
          .oauth2(AGENT)
          .get("/api/v1/deliveries/" + d.id)
          .then()
          .statusCode(200)
          .body("status", equalTo("DEAD"))
          .body("attempts", equalTo(3))
          .body("lastError", equalTo("HTTP 503 from " + url))
          .body("nextAttemptAt", equalTo(null));

      // Only admins replay; only DEAD or FAILED deliveries.
      given()
          .auth()
          .oauth2(AGENT)
          .post("/api/v1/deliveries/" + d.id + "/replay")
          .then()
          .statusCode(403);
      failing.respondWith(200);
      given()
          .auth()
          .oauth2(ADMIN)
          .header("If-Match", "\"999\"")
          .post("/api/v1/deliveries/" + d.id + "/replay")
          .then()
          .statusCode(412);
      given()
          .auth()
          .oauth2(ADMIN)
          .post("/api/v1/deliveries/" + d.id + "/replay")
          .then()
          .statusCode(200)
          .body("status", equalTo("PENDING"))
          .body("attempts", equalTo(0));

      TopicReader.Event delivered = topic.await(d.id.toString(), 4).get(3);
      assertThat(delivered.type()).isEqualTo("rapport.notification.delivered.v1");
      assertThat(delivered.data().path("attempts").asInt()).isEqualTo(1);
      assertThat(failing.requests()).hasSize(4);
      given()
          .auth()
          .oauth2(ADMIN)
          .post("/api/v1/deliveries/" + d.id + "/replay")
          .then()
          .statusCode(409)
          .body("type", equalTo("https://rapport.dev/problems/not-replayable"));
      given()
          .auth()
          .oauth2(ADMIN)
          .post("/api/v1/deliveries/" + java.util.UUID.randomUUID() + "/replay")
          .then()
          .statusCode(404);
    }
  }

  @Test
  void aSlowEndpointDoesNotHoldUpAnother() {
    try (HttpReceiver slow = HttpReceiver.start();
        HttpReceiver fast = HttpReceiver.start()) {
      slow.hold();
      Delivery stuck = Fixtures.pending(Channel.CHAT, "slow-room", slow.url("/slow"));
      slow.await(1);
      Delivery other = Fixtures.pending(Channel.CHAT, "fast-room", fast.url("/fast"));

      fast.await(1);
      Awaitility.await()
          .atMost(TopicReader.PATIENCE)
          .until(() -> Fixtures.reload(other.id).status == DeliveryStatus.SENT);
      // The slow one is still waiting for its answer.
      assertThat(Fixtures.reload(stuck.id).status).isEqualTo(DeliveryStatus.PENDING);
      slow.release();
      Awaitility.await()
          .atMost(TopicReader.PATIENCE)
          .until(() -> Fixtures.reload(stuck.id).status == DeliveryStatus.SENT);
      assertThat(slow.requests()).hasSize(1);
    }
  }

  @Test
  void aMissingAddressIsDeadAtOnce() {
    Delivery d = Fixtures.pending(Channel.EMAIL, "nobody", null);
    Awaitility.await()
        .atMost(TopicReader.PATIENCE)
        .until(() -> Fixtures.reload(d.id).status == DeliveryStatus.DEAD);
    Delivery dead = Fixtures.reload(d.id);
    assertThat(dead.attempts).isEqualTo(1);
    assertThat(dead.lastError).isEqualTo("No e-mail address to send to");
  }
}
