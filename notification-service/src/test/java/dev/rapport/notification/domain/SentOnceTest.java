package dev.rapport.notification.domain;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.local.HttpReceiver;
import dev.rapport.local.RapportTestResource;
import dev.rapport.notification.Fixtures;
import dev.rapport.notification.SlowEndpointProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A slow endpoint behind a long queue still gets each message once. */
@QuarkusTest
@TestProfile(SlowEndpointProfile.class)
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "notification-service"))
class SentOnceTest {
  private static final String ADMIN = RapportTestResource.token("root@example.com", "admin");
  private static final int EVENTS = 300;

  @Test
  void aSlowEndpointReceivesEveryWebhookIdOnceThoughTheQueueOutlastsTheLease() {
    try (HttpReceiver slow = HttpReceiver.start()) {
      slow.answerAfter(Duration.ofSeconds(4));
      String subscription =
          given()
              .auth()
              .oauth2(ADMIN)
              .contentType(ContentType.JSON)
              .body(
                  Map.of(
                      "kind", "WEBHOOK",
                      "url", slow.url("/hooks/slow"),
                      "eventTypes", List.of("*"),
                      "teamId", Fixtures.unique("no-such-team")))
              .post("/api/v1/subscriptions")
              .then()
              .statusCode(201)
              .extract()
              .path("id");
      UUID subscriptionId = UUID.fromString(subscription);
      List<UUID> ids =
          QuarkusTransaction.requiringNew()
              .call(
                  () -> {
                    Instant now = Instant.now();
                    List<UUID> made = new ArrayList<>();
                    for (int i = 0; i < EVENTS; i++) {
                      Delivery d = new Delivery();
                      d.id = UUID.randomUUID();
                      d.eventId = UUID.randomUUID().toString();
                      d.eventType = "rapport.ticket.opened.v1";
                      d.recipient = "subscription:" + subscriptionId;
                      d.subscriptionId = subscriptionId;
                      d.audience = Audience.SUBSCRIPTION;
                      d.channel = Channel.WEBHOOK;
                      d.address = slow.url("/hooks/slow");
                      d.subject = "event " + i;
                      d.bodyText = "event " + i;
                      d.payload = "{\"n\":" + i + "}";
                      d.status = DeliveryStatus.PENDING;
                      d.createdAt = now;
                      d.nextAttemptAt = now;
                      d.persist();
                      made.add(d.id);
                    }
                    return made;
                  });

      Awaitility.await()
          .atMost(Duration.ofSeconds(90))
          .pollInterval(Duration.ofMillis(500))
          .until(
              () ->
                  QuarkusTransaction.requiringNew()
                          .call(
                              () ->
                                  Delivery.count(
                                      "id in ?1 and status = ?2", ids, DeliveryStatus.SENT))
                      == EVENTS);

      Map<String, Long> received =
          slow.requests().stream()
              .collect(Collectors.groupingBy(r -> r.header("webhook-id"), Collectors.counting()));
      Map<String, Long> twice =
          received.entrySet().stream()
              .filter(e -> e.getValue() > 1)
              .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
      assertThat(twice).as("webhook-ids received more than once").isEmpty();
      assertThat(received.keySet())
          .containsExactlyInAnyOrderElementsOf(
              ids.stream().map(UUID::toString).collect(Collectors.toList()));
    }
  }
}
