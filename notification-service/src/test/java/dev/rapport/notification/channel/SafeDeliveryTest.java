package dev.rapport.notification.channel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.events.Topics;
import dev.rapport.events.ticket.TicketResolved;
import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.local.HttpReceiver;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.notification.DeliveryTestProfile;
import dev.rapport.notification.Fixtures;
import dev.rapport.notification.domain.Channel;
import dev.rapport.notification.domain.Delivery;
import dev.rapport.notification.domain.DeliveryStatus;
import dev.rapport.notification.domain.PersonPreferences;
import dev.rapport.notification.domain.SubscriptionFanout;
import dev.rapport.notification.domain.TrackedLinks;
import dev.rapport.support.messaging.IncomingCloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * What a receiver gets is what it should: no redirect followed, no answer body kept, chat text that
 * pings nobody, a person's chat URL read when sending; links that count a read once and expire; no
 * replay of a delivery being sent.
 */
@QuarkusTest
@TestProfile(DeliveryTestProfile.class)
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "notification-service"))
class SafeDeliveryTest {
  private static final String ADMIN = RapportTestResource.token("root@example.com", "admin");

  @Inject SubscriptionFanout fanout;
  @Inject ObjectMapper json;
  @Inject TrackedLinks links;
  @Inject EntityManager em;

  @Test
  void aRedirectIsNotFollowedAndTheReceiversAnswerIsNotKept() {
    try (HttpReceiver moved = HttpReceiver.start();
        HttpReceiver elsewhere = HttpReceiver.start()) {
      moved
          .respondWith(302)
          .responseHeaders(Map.of("Location", elsewhere.url("/steal")))
          .responseBody("{\"internal\":\"db-password=hunter2\"}");
      Delivery d = Fixtures.pending(Channel.CHAT, "moved-room", moved.url("/hooks/moved"));

      Awaitility.await()
          .atMost(TopicReader.PATIENCE)
          .until(() -> Fixtures.reload(d.id).status == DeliveryStatus.DEAD);
      Delivery dead = Fixtures.reload(d.id);
      assertThat(dead.lastError).startsWith("HTTP 302 from http://127.0.0.1:");
      assertThat(dead.lastError).doesNotContain("hunter2").doesNotContain("steal");
      assertThat(moved.requests()).hasSize(3); // every try, and none of them followed
      assertThat(elsewhere.requests()).isEmpty();
    }
  }

  @Test
  void chatTextEscapesSlackControlSequencesSoATitlePingsNobodyAndHidesNoLink() throws Exception {
    try (HttpReceiver chat = HttpReceiver.start()) {
      UUID service = UUID.randomUUID();
      given()
          .auth()
          .oauth2(ADMIN)
          .contentType(ContentType.JSON)
          .body(
              Map.of(
                  "kind", "CHAT",
                  "url", chat.url("/hooks/ops"),
                  "eventTypes", List.of("*"),
                  "businessServiceId", service.toString()))
          .post("/api/v1/subscriptions")
          .then()
          .statusCode(201);
      TicketSummary ticket =
          Fixtures.ticket(
              Fixtures.unique("T"),
              "<!channel> pay <https://evil.example|bank> & co",
              service,
              "ops");
      TicketResolved resolved = new TicketResolved(ticket, "<@U123>", "done");
      IncomingCloudEvent event =
          new IncomingCloudEvent(
              UUID.randomUUID().toString(),
              "rapport.ticket.resolved.v1",
              "/rapport/ticket-service",
              ticket.id().toString(),
              Instant.now().truncatedTo(ChronoUnit.MILLIS),
              json.writeValueAsString(resolved));
      QuarkusTransaction.requiringNew().run(() -> fanout.fanOut(event, resolved, ticket, false));

      String text = json.readTree(chat.await(1).get(0).body()).path("text").asText();
      assertThat(text)
          .isEqualTo(
              ticket.key()
                  + " &lt;!channel&gt; pay &lt;https://evil.example|bank&gt; &amp; co:"
                  + " resolved by &lt;@U123&gt;");
      assertThat(text).doesNotContain("<").doesNotContain(">");
    }
  }

  @Test
  void aPersonsChatWebhookUrlIsReadFromTheirPreferencesWhenSending() {
    try (HttpReceiver before = HttpReceiver.start();
        HttpReceiver now = HttpReceiver.start()) {
      String person = Fixtures.unique("cham") + "@example.com";
      savePreferences(person, before.url("/hooks/old"));
      Delivery d = Fixtures.pending(Channel.CHAT, person, null, false);
      // The person moved their chat before the message went out: it goes where they say now.
      savePreferences(person, now.url("/hooks/new"));
      QuarkusTransaction.requiringNew()
          .run(() -> Delivery.update("nextAttemptAt = ?1 where id = ?2", Instant.now(), d.id));

      assertThat(now.await(1).get(0).path()).isEqualTo("/hooks/new");
      Awaitility.await()
          .atMost(TopicReader.PATIENCE)
          .until(() -> Fixtures.reload(d.id).status == DeliveryStatus.SENT);
      assertThat(before.requests()).isEmpty();
      assertThat(Fixtures.reload(d.id).address).isNull();
    }
  }

  @Test
  void aLinkFollowedManyTimesAtOnceRecordsOneRead() throws Exception {
    Delivery d = Fixtures.pending(Channel.IN_APP, Fixtures.unique("ana"), null);
    String token = links.token(d.id);
    int followers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(followers);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<CompletableFuture<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < followers; i++) {
        answers.add(
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    start.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return given().redirects().follow(false).get("/r/" + token).statusCode();
                },
                pool));
      }
      start.countDown();
      for (CompletableFuture<Integer> answer : answers) {
        assertThat(answer.get()).isEqualTo(303);
      }
    } finally {
      pool.shutdownNow();
    }
    try (TopicReader topic = new TopicReader(Topics.NOTIFICATIONS)) {
      assertThat(topic.await(d.id.toString(), 1))
          .extracting(TopicReader.Event::type)
          .contains("rapport.notification.read.v1");
    }
    // Every follow has answered, so every event it could write is in the outbox by now.
    assertThat(readEventsInOutbox(d.id)).isEqualTo(1);
  }

  @Test
  void anInboxMessageMarkedReadManyTimesAtOnceRecordsOneRead() throws Exception {
    String reader = Fixtures.unique("ana") + "@example.com";
    Delivery d = Fixtures.pending(Channel.IN_APP, reader, null);
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> Fixtures.reload(d.id).status == DeliveryStatus.SENT);
    String token = RapportTestResource.token(reader, "requester");
    int readers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(readers);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<CompletableFuture<Response>> answers = new ArrayList<>();
      for (int i = 0; i < readers; i++) {
        answers.add(
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    start.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return given()
                      .auth()
                      .oauth2(token)
                      .post("/api/v1/inbox/{id}/read", d.id)
                      .andReturn();
                },
                pool));
      }
      start.countDown();
      for (CompletableFuture<Response> answer : answers) {
        Response response = answer.get();
        assertThat(response.statusCode()).isEqualTo(200);
        // Every caller, first or not, sees the message read.
        assertThat(response.jsonPath().getString("readAt")).isNotNull();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(readEventsInOutbox(d.id)).isEqualTo(1);
  }

  /** The rapport.notification.read.v1 events written for a delivery. */
  private int readEventsInOutbox(UUID deliveryId) {
    Number reads =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    (Number)
                        em.createNativeQuery(
                                "select count(*) from outbox where message_key = :id"
                                    + " and type = 'rapport.notification.read.v1'")
                            .setParameter("id", deliveryId.toString())
                            .getSingleResult());
    return reads.intValue();
  }

  @Test
  void aLinkExpiresNinetyDaysAfterItsMessage() {
    Delivery d = Fixtures.pending(Channel.IN_APP, Fixtures.unique("ana"), null);
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Delivery.update(
                    "createdAt = ?1 where id = ?2",
                    Instant.now().minus(Duration.ofDays(91)),
                    d.id));
    given()
        .redirects()
        .follow(false)
        .get("/r/" + links.token(d.id))
        .then()
        .statusCode(410)
        .contentType("application/problem+json")
        .body("type", equalTo("https://rapport.dev/problems/link-expired"));
    assertThat(Fixtures.reload(d.id).readAt).isNull();
  }

  @Test
  void aDeliveryBeingSentCannotBeReplayed() {
    Delivery d = Fixtures.pending(Channel.CHAT, "busy-room", "https://chat.example.com/hooks/x");
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Delivery.update(
                    "status = ?1, claimedUntil = ?2, nextAttemptAt = ?2 where id = ?3",
                    DeliveryStatus.FAILED,
                    Instant.now().plus(Duration.ofMinutes(2)),
                    d.id));
    given()
        .auth()
        .oauth2(ADMIN)
        .post("/api/v1/deliveries/" + d.id + "/replay")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("https://rapport.dev/problems/delivery-in-flight"));
    assertThat(Fixtures.reload(d.id).status).isEqualTo(DeliveryStatus.FAILED);
  }

  private static void savePreferences(String person, String chatUrl) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              PersonPreferences prefs = PersonPreferences.findByUserName(person).orElse(null);
              boolean created = prefs == null;
              if (created) {
                prefs = PersonPreferences.defaults(person);
                prefs.version = 1;
              }
              prefs.chatWebhookUrl = chatUrl;
              prefs.updatedAt = Instant.now();
              if (created) {
                prefs.persist();
              }
            });
  }
}
