package dev.rapport.notification.domain;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.events.Topics;
import dev.rapport.local.HttpReceiver;
import dev.rapport.local.MailCatcher;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.notification.DeliveryTestProfile;
import dev.rapport.notification.Fixtures;
import dev.rapport.notification.MailCatcherResource;
import dev.rapport.support.messaging.IncomingCloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Digests take their messages with them; in-app messages need no network; unsubscribed is dead. */
@QuarkusTest
@TestProfile(DeliveryTestProfile.class)
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "notification-service"))
class DeliveryWorkerTest {
  private static final String ADMIN = RapportTestResource.token("root@example.com", "admin");

  @Inject SubscriptionFanout fanout;
  @Inject com.fasterxml.jackson.databind.ObjectMapper json;

  @Test
  void aSentDigestMarksTheMessagesItGatheredSent() {
    String to = Fixtures.unique("exec") + "@example.com";
    // Two messages waiting for the digest, then the digest itself (as N1's digest job makes them).
    UUID digestId = UUID.randomUUID();
    List<UUID> gathered =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  Delivery digest = message(to, DeliveryStatus.DIGEST);
                  digest.id = digestId;
                  digest.eventId = "digest:" + digestId;
                  digest.subject = "Your daily digest";
                  digest.status = DeliveryStatus.PENDING; // not due until the others point to it
                  digest.nextAttemptAt = Instant.now().plusSeconds(3600);
                  digest.persist();
                  Delivery a = message(to, DeliveryStatus.DIGEST);
                  Delivery b = message(to, DeliveryStatus.DIGEST);
                  a.digestId = digestId;
                  b.digestId = digestId;
                  a.persist();
                  b.persist();
                  return List.of(a.id, b.id);
                });
    QuarkusTransaction.requiringNew()
        .run(() -> Delivery.update("nextAttemptAt = ?1 where id = ?2", Instant.now(), digestId));

    MailCatcher.Mail mail = MailCatcherResource.mail().awaitTo(to, 1).get(0);
    assertThat(mail.subject()).isEqualTo("Your daily digest");
    try (TopicReader topic = new TopicReader(Topics.NOTIFICATIONS)) {
      for (UUID id : gathered) {
        TopicReader.Event delivered = topic.await(id.toString(), 1).get(0);
        assertThat(delivered.type()).isEqualTo("rapport.notification.delivered.v1");
        assertThat(delivered.data().path("digest").asBoolean()).isTrue();
        Delivery message = Fixtures.reload(id);
        assertThat(message.status).isEqualTo(DeliveryStatus.SENT);
        assertThat(message.sentAt).isNotNull();
      }
      assertThat(topic.await(digestId.toString(), 1).get(0).data().path("digest").asBoolean())
          .isFalse();
    }
    assertThat(MailCatcherResource.mail().messagesTo(to)).hasSize(1);
  }

  @Test
  void anInAppMessageIsDeliveredByBeingInTheInbox() {
    Delivery d = Fixtures.pending(Channel.IN_APP, Fixtures.unique("ana"), null);
    try (TopicReader topic = new TopicReader(Topics.NOTIFICATIONS)) {
      assertThat(topic.await(d.id.toString(), 1).get(0).type())
          .isEqualTo("rapport.notification.delivered.v1");
    }
    assertThat(Fixtures.reload(d.id).status).isEqualTo(DeliveryStatus.SENT);
  }

  @Test
  void messagesForADeletedSubscriptionAreNotSent() throws Exception {
    try (HttpReceiver receiver = HttpReceiver.start()) {
      // The first try is on its way (and will fail) while the subscription goes.
      receiver.respondWith(503).hold();
      String team = Fixtures.unique("team");
      String id =
          given()
              .auth()
              .oauth2(ADMIN)
              .contentType(ContentType.JSON)
              .body(
                  Map.of(
                      "kind",
                      "WEBHOOK",
                      "url",
                      receiver.url("/x"),
                      "eventTypes",
                      List.of("*"),
                      "teamId",
                      team))
              .post("/api/v1/subscriptions")
              .then()
              .statusCode(201)
              .extract()
              .path("id");
      var ticket = Fixtures.ticket(Fixtures.unique("T"), "Disk full", null, team);
      var opened = new dev.rapport.events.ticket.TicketOpened(ticket, "ana@example.com", "full");
      IncomingCloudEvent event =
          new IncomingCloudEvent(
              UUID.randomUUID().toString(),
              opened.eventType(),
              "/rapport/ticket-service",
              opened.aggregateId(),
              Instant.now(),
              json.writeValueAsString(opened));
      QuarkusTransaction.requiringNew().run(() -> fanout.fanOut(event, opened, ticket, false));
      receiver.await(1);
      given().auth().oauth2(ADMIN).delete("/api/v1/subscriptions/" + id).then().statusCode(204);
      receiver.release();

      Awaitility.await()
          .atMost(TopicReader.PATIENCE)
          .until(() -> byEvent(event.id()).status == DeliveryStatus.DEAD);
      Delivery dead = byEvent(event.id());
      assertThat(dead.lastError).isEqualTo("The subscription was deleted");
      assertThat(dead.attempts).isEqualTo(2);
      assertThat(receiver.requests()).hasSize(1);
    }
  }

  private static Delivery byEvent(String eventId) {
    return QuarkusTransaction.requiringNew()
        .call(() -> Delivery.<Delivery>find("eventId", eventId).firstResult());
  }

  private static Delivery message(String to, DeliveryStatus status) {
    Delivery d = new Delivery();
    d.id = UUID.randomUUID();
    d.eventId = UUID.randomUUID().toString();
    d.eventType = "rapport.ticket.resolved.v1";
    d.ticketId = UUID.randomUUID();
    d.ticketKey = Fixtures.unique("T");
    d.recipient = to;
    d.audience = Audience.EXECUTIVE;
    d.channel = Channel.EMAIL;
    d.address = to;
    d.subject = "Resolved";
    d.bodyText = "Resolved";
    d.status = status;
    d.createdAt = Instant.now();
    return d;
  }
}
