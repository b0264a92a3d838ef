package dev.rapport.notification.endtoend;

import static dev.rapport.notification.pipeline.Pipeline.inbox;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import dev.rapport.events.Topics;
import dev.rapport.events.ticket.SlaSummary;
import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.events.ticket.TicketUpdatePosted;
import dev.rapport.local.HttpReceiver;
import dev.rapport.local.MailCatcher;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.local.testing.TestTickets;
import dev.rapport.notification.DeliveryTestProfile;
import dev.rapport.notification.MailCatcherResource;
import dev.rapport.notification.pipeline.Pipeline;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The whole way, as with ./rapport up: a person arrives on rapport.people.v1, an external system
 * subscribes to ticket updates, then a public update on rapport.tickets.v1 reaches the requester's
 * inbox and mailbox (real SMTP), with the ticket's promise of its next update, and the subscriber's
 * endpoint (real HTTP, signed), and each delivery is announced on rapport.notifications.v1.
 */
@QuarkusTest
@TestProfile(DeliveryTestProfile.class)
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "notification-service"))
class TicketUpdateReachesEveryoneTest {
  @Inject ObjectMapper json;

  @Test
  void aPublicUpdateReachesTheRequesterAndASubscribedSystem() throws Exception {
    String requester = Pipeline.unique("maria");
    MailCatcher mail = MailCatcherResource.mail();
    try (Pipeline pipeline = new Pipeline(json);
        HttpReceiver system = HttpReceiver.start();
        TopicReader notifications = new TopicReader(Topics.NOTIFICATIONS)) {
      pipeline.person(requester, "Maria Lopez", "en-GB", "Europe/London");
      String secret =
          given()
              .auth()
              .oauth2(RapportTestResource.token("admin@example.com", "admin"))
              .contentType(ContentType.JSON)
              .body(
                  Map.of(
                      "kind", "WEBHOOK",
                      "url", system.url("/hooks/itsm"),
                      "eventTypes", List.of("rapport.ticket.update-posted.v1")))
              .post("/api/v1/subscriptions")
              .then()
              .statusCode(201)
              .extract()
              .path("secret");

      // Its promise: the next update in two hours, as the requester reads it in London.
      Instant nextUpdate = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES);
      String promise =
          "Next update by "
              + DateTimeFormatter.ofPattern("HH:mm")
                  .withZone(ZoneId.of("Europe/London"))
                  .format(nextUpdate);
      TicketSummary ticket =
          TestTickets.ticket(
                  UUID.randomUUID(), "T-" + (1000 + new java.util.Random().nextInt(9000)))
              .title("VPN drops every few minutes")
              .status("IN_PROGRESS")
              .requester(requester)
              .assignee("sam@example.com")
              .teamId("network")
              .sla(
                  new SlaSummary(
                      "P3 business hours", null, null, nextUpdate, "MET", "RUNNING", "RUNNING"))
              .summary();
      String ceId =
          pipeline.publish(
              new TicketUpdatePosted(
                  ticket,
                  "sam@example.com",
                  UUID.randomUUID(),
                  "PUBLIC",
                  "We replaced the faulty switch; please reconnect.",
                  false));

      // The subscribed system: the CloudEvent, signed so that the Standard Webhooks library accepts
      // it.
      HttpReceiver.Request hook = system.await(1).get(0);
      new Webhook(secret).verify(hook.body(), hook.headers());
      JsonNode cloudEvent = json.readTree(hook.body());
      assertThat(cloudEvent.path("id").asText()).isEqualTo(ceId);
      assertThat(cloudEvent.path("data").path("body").asText())
          .isEqualTo("We replaced the faulty switch; please reconnect.");

      // The requester's inbox and mailbox, in plain words.
      Awaitility.await()
          .atMost(TopicReader.PATIENCE)
          .untilAsserted(() -> assertThat(inbox(requester).getList("items")).hasSize(1));
      JsonPath inbox = inbox(requester);
      assertThat(inbox.getString("items[0].ticketId")).isEqualTo(ticket.id().toString());
      assertThat(inbox.getString("items[0].body"))
          .contains("We replaced the faulty switch; please reconnect.")
          .contains(promise)
          .doesNotContain("IN_PROGRESS", "P3");
      MailCatcher.Mail email = mail.awaitTo(requester, 1).get(0);
      assertThat(email.text())
          .contains("We replaced the faulty switch; please reconnect.")
          .contains(promise);
      assertThat(email.html())
          .contains("We replaced the faulty switch; please reconnect.")
          .contains(promise);

      // Its "view the ticket" link is tracked: following it counts as reading the e-mail.
      Matcher link =
          Pattern.compile("View the ticket: https://notify\\.example\\.com/r/(\\S+)")
              .matcher(email.text());
      assertThat(link.find()).as("tracked link in %s", email.text()).isTrue();
      assertThat(email.html()).contains("/r/" + link.group(1));
      given()
          .redirects()
          .follow(false)
          .get("/r/{token}", link.group(1))
          .then()
          .statusCode(303)
          .header("Location", "https://portal.example.com/tickets/" + ticket.key());
      notifications.awaitMatching(
          e ->
              e.type().equals("rapport.notification.read.v1")
                  && e.data().path("how").asText().equals("LINK")
                  && e.data().path("notification").path("sourceEventId").asText().equals(ceId),
          seen -> seen.size() == 1);

      // Each delivery announced for engagement: inbox, e-mail and the subscribed system.
      List<TopicReader.Event> delivered =
          notifications.awaitMatching(
              e ->
                  e.type().equals("rapport.notification.delivered.v1")
                      && e.data().path("notification").path("sourceEventId").asText().equals(ceId),
              seen -> seen.size() >= 3);
      assertThat(delivered)
          .extracting(e -> e.data().path("notification").path("channel").asText())
          .containsExactlyInAnyOrder("IN_APP", "EMAIL", "WEBHOOK");
    }
  }
}
