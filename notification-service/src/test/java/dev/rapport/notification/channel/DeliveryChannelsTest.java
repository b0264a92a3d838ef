package dev.rapport.notification.channel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import dev.rapport.events.Topics;
import dev.rapport.events.ticket.TicketResolved;
import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.events.ticket.TicketUpdatePosted;
import dev.rapport.local.HttpReceiver;
import dev.rapport.local.MailCatcher;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.notification.DeliveryTestProfile;
import dev.rapport.notification.Fixtures;
import dev.rapport.notification.MailCatcherResource;
import dev.rapport.notification.domain.Channel;
import dev.rapport.notification.domain.Delivery;
import dev.rapport.notification.domain.DeliveryStatus;
import dev.rapport.notification.domain.SubscriptionFanout;
import dev.rapport.notification.domain.WebhookSecret;
import dev.rapport.support.messaging.IncomingCloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Deliveries reach real receivers: e-mail on a real SMTP server with HTML and text parts, signed
 * webhooks that a Standard Webhooks library verifies, Slack-compatible chat messages; each with its
 * delivered event.
 */
@QuarkusTest
@TestProfile(DeliveryTestProfile.class)
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "notification-service"))
class DeliveryChannelsTest {
  private static final String ADMIN = RapportTestResource.token("root@example.com", "admin");

  @Inject SubscriptionFanout fanout;
  @Inject ObjectMapper json;

  @Test
  void anEmailArrivesWithHtmlAndTextPartsAndIsAnnounced() {
    MailCatcher mail = MailCatcherResource.mail();
    String to = Fixtures.unique("ana") + "@example.com";
    Delivery d = Fixtures.pending(Channel.EMAIL, to, to);

    MailCatcher.Mail received = mail.awaitTo(to, 1).get(0);
    assertThat(received.subject()).isEqualTo(d.subject);
    assertThat(received.text()).contains("Good news: the printer works again.");
    assertThat(received.html()).contains("<b>printer</b>");
    assertThat(received.from()).isEqualTo("rapport@localhost");

    try (TopicReader topic = new TopicReader(Topics.NOTIFICATIONS)) {
      TopicReader.Event delivered = topic.await(d.id.toString(), 1).get(0);
      assertThat(delivered.type()).isEqualTo("rapport.notification.delivered.v1");
      assertThat(delivered.data().path("attempts").asInt()).isEqualTo(1);
      assertThat(delivered.data().path("notification").path("channel").asText()).isEqualTo("EMAIL");
    }
    Delivery sent = Fixtures.reload(d.id);
    assertThat(sent.status).isEqualTo(DeliveryStatus.SENT);
    assertThat(sent.attempts).isEqualTo(1);
    assertThat(sent.sentAt).isNotNull();
  }

  @Test
  void aWebhookCarriesTheCloudEventSignedSoAReceiverCanRejectForgeries() throws Exception {
    try (HttpReceiver system = HttpReceiver.start();
        HttpReceiver chat = HttpReceiver.start()) {
      UUID service = UUID.randomUUID();
      JsonNode webhook =
          subscribe(
              Map.of(
                  "kind", "WEBHOOK",
                  "url", system.url("/rapport/events"),
                  "eventTypes", List.of("rapport.ticket.resolved.v1"),
                  "businessServiceId", service.toString()));
      String secret = webhook.path("secret").asText();
      subscribe(
          Map.of(
              "kind", "CHAT",
              "url", chat.url("/hooks/ops"),
              "eventTypes", List.of("*"),
              "businessServiceId", service.toString()));

      TicketSummary ticket =
          Fixtures.ticket(Fixtures.unique("T"), "Printer jammed", service, "ops");
      TicketResolved resolved = new TicketResolved(ticket, "sam@example.com", "Replaced drum");
      IncomingCloudEvent event = incoming(resolved);
      QuarkusTransaction.requiringNew().run(() -> fanout.fanOut(event, resolved, ticket, false));
      // A redelivery of the same event adds nothing.
      QuarkusTransaction.requiringNew().run(() -> fanout.fanOut(event, resolved, ticket, false));

      HttpReceiver.Request request = system.await(1).get(0);
      JsonNode cloudEvent = json.readTree(request.body());
      assertThat(cloudEvent.path("specversion").asText()).isEqualTo("1.0");
      assertThat(cloudEvent.path("id").asText()).isEqualTo(event.id());
      assertThat(cloudEvent.path("type").asText()).isEqualTo("rapport.ticket.resolved.v1");
      assertThat(cloudEvent.path("source").asText()).isEqualTo("/rapport/ticket-service");
      assertThat(cloudEvent.path("subject").asText()).isEqualTo(ticket.id().toString());
      assertThat(cloudEvent.path("datacontenttype").asText()).isEqualTo("application/json");
      assertThat(Instant.parse(cloudEvent.path("time").asText())).isEqualTo(event.time());
      assertThat(cloudEvent.path("data").path("resolution").asText()).isEqualTo("Replaced drum");
      assertThat(cloudEvent.path("data").path("ticket").path("key").asText())
          .isEqualTo(ticket.key());
      assertThat(request.header("content-type")).startsWith("application/json");

      // Verified as a receiver would, with the Standard Webhooks library and the secret shown once.
      new Webhook(secret).verify(request.body(), request.headers());
      Map<String, List<String>> forgedHeaders = new HashMap<>(request.headers());
      assertThatThrownBy(
              () ->
                  new Webhook(secret).verify(request.body().replace("drum", "DRUM"), forgedHeaders))
          .isInstanceOf(WebhookVerificationException.class);
      forgedHeaders.put(
          "webhook-signature",
          List.of(
              WebhookSignature.sign(
                  WebhookSecret.generate(), request.header("webhook-id"),
                  Long.parseLong(request.header("webhook-timestamp")), request.body())));
      assertThatThrownBy(() -> new Webhook(secret).verify(request.body(), forgedHeaders))
          .isInstanceOf(WebhookVerificationException.class);

      HttpReceiver.Request chatRequest = chat.await(1).get(0);
      assertThat(json.readTree(chatRequest.body()).path("text").asText())
          .isEqualTo(ticket.key() + " Printer jammed: resolved by sam@example.com");

      // webhook-id is the delivery id; both deliveries end SENT and are announced.
      UUID deliveryId = UUID.fromString(request.header("webhook-id"));
      try (TopicReader topic = new TopicReader(Topics.NOTIFICATIONS)) {
        TopicReader.Event delivered = topic.await(deliveryId.toString(), 1).get(0);
        assertThat(delivered.data().path("notification").path("recipient").asText())
            .isEqualTo("subscription:" + webhook.path("id").asText());
        assertThat(delivered.data().path("notification").path("audience").asText())
            .isEqualTo("SUBSCRIPTION");
      }
      Awaitility.await()
          .atMost(TopicReader.PATIENCE)
          .until(() -> statuses(ticket.id()).equals(List.of("SENT", "SENT")));
      assertThat(system.requests()).hasSize(1);
      assertThat(chat.requests()).hasSize(1);
    }
  }

  @Test
  void internalNotesReachOnlySubscriptionsAllowedInternalContentAndFiltersApply() throws Exception {
    try (HttpReceiver insider = HttpReceiver.start();
        HttpReceiver outsider = HttpReceiver.start();
        HttpReceiver otherTeam = HttpReceiver.start()) {
      String team = Fixtures.unique("team");
      subscribe(
          Map.of(
              "kind",
              "CHAT",
              "url",
              insider.url("/in"),
              "eventTypes",
              List.of("rapport.ticket.update-posted.v1"),
              "teamId",
              team,
              "includeInternal",
              true));
      subscribe(
          Map.of(
              "kind",
              "CHAT",
              "url",
              outsider.url("/out"),
              "eventTypes",
              List.of("rapport.ticket.update-posted.v1"),
              "teamId",
              team));
      subscribe(
          Map.of(
              "kind",
              "CHAT",
              "url",
              otherTeam.url("/other"),
              "eventTypes",
              List.of("*"),
              "teamId",
              Fixtures.unique("team"),
              "includeInternal",
              true));

      TicketSummary ticket = Fixtures.ticket(Fixtures.unique("T"), "VPN down", null, team);
      TicketUpdatePosted note =
          new TicketUpdatePosted(
              ticket,
              "sam@example.com",
              UUID.randomUUID(),
              "INTERNAL",
              "Router 7 config rollback",
              false);
      TicketUpdatePosted update =
          new TicketUpdatePosted(
              ticket, "sam@example.com", UUID.randomUUID(), "PUBLIC", "We are on it", false);
      IncomingCloudEvent noteEvent = incoming(note);
      IncomingCloudEvent updateEvent = incoming(update);
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                fanout.fanOut(noteEvent, note, ticket, true);
                fanout.fanOut(updateEvent, update, ticket, false);
              });

      assertThat(insider.await(2))
          .extracting(r -> json.readTree(r.body()).path("text").asText())
          .containsExactlyInAnyOrder(
              ticket.key() + " VPN down: internal note by sam@example.com",
              ticket.key() + " VPN down: public update by sam@example.com");
      assertThat(outsider.await(1).get(0).body()).contains("public update");
      Awaitility.await()
          .atMost(TopicReader.PATIENCE)
          .until(() -> statuses(ticket.id()).equals(List.of("SENT", "SENT", "SENT")));
      assertThat(outsider.requests()).hasSize(1);
      assertThat(otherTeam.requests()).isEmpty();
    }
  }

  private JsonNode subscribe(Map<String, Object> body) throws Exception {
    String response =
        given()
            .auth()
            .oauth2(ADMIN)
            .contentType(ContentType.JSON)
            .body(body)
            .post("/api/v1/subscriptions")
            .then()
            .statusCode(201)
            .extract()
            .asString();
    return json.readTree(response);
  }

  private List<String> statuses(UUID ticketId) {
    return given()
        .auth()
        .oauth2(ADMIN)
        .queryParam("ticketId", ticketId.toString())
        .get("/api/v1/deliveries")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.status");
  }

  private IncomingCloudEvent incoming(dev.rapport.events.EventPayload payload) throws Exception {
    return new IncomingCloudEvent(
        UUID.randomUUID().toString(),
        payload.eventType(),
        "/rapport/ticket-service",
        payload.aggregateId(),
        Instant.now().truncatedTo(ChronoUnit.MILLIS),
        json.writeValueAsString(payload));
  }
}
