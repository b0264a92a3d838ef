package dev.rapport.notification.pipeline;

import static dev.rapport.notification.pipeline.Pipeline.awaitFor;
import static dev.rapport.notification.pipeline.Pipeline.deliveriesTo;
import static dev.rapport.notification.pipeline.Pipeline.one;
import static dev.rapport.notification.pipeline.Pipeline.preferences;
import static dev.rapport.notification.pipeline.Pipeline.ticket;
import static dev.rapport.notification.pipeline.Pipeline.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.events.ticket.Stakeholder;
import dev.rapport.events.ticket.TicketOpened;
import dev.rapport.events.ticket.TicketResolved;
import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.events.ticket.TicketTaskCompleted;
import dev.rapport.events.ticket.TicketUpdatePosted;
import dev.rapport.local.RapportTestResource;
import dev.rapport.notification.domain.Channel;
import dev.rapport.notification.domain.Delivery;
import dev.rapport.notification.domain.DeliveryStatus;
import dev.rapport.notification.domain.DigestJob;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A person's choices applied to real ticket events, with a settable clock: opt-outs suppress, quiet
 * hours hold, digests gather and go out at the person's time (daily at their digest time, hourly at
 * the top of the hour), critical messages bypass both.
 */
@QuarkusTest
@TestProfile(PipelineProfile.class)
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "notification-service"))
class PreferencesAndDigestsTest {
  @Inject ObjectMapper json;
  @Inject TestClock clock;
  @Inject DigestJob digests;

  @AfterEach
  void systemTime() {
    clock.reset();
  }

  @Test
  void anOptedOutEventIsSuppressedAndKeptVisible() {
    try (Pipeline p = new Pipeline(json)) {
      String requester = unique("olga");
      p.person(requester);
      preferences(requester, "{\"optOuts\":[\"rapport.ticket.task-completed.v1\"]}");
      UUID id = UUID.randomUUID();
      TicketSummary t =
          ticket(
              id,
              "T-OO1",
              "New laptop",
              "IN_PROGRESS",
              "P3",
              requester,
              null,
              null,
              List.of(),
              List.of());
      String done =
          p.publish(
              new TicketTaskCompleted(t, "agent@example.com", UUID.randomUUID(), "Order it", 1, 2));
      List<Delivery> made = awaitFor(done, requester);
      assertThat(made).extracting(d -> d.status).containsOnly(DeliveryStatus.SUPPRESSED);
      assertThat(made)
          .extracting(d -> d.channel)
          .containsExactlyInAnyOrder(Channel.EMAIL, Channel.IN_APP);
      // Not in the inbox.
      given()
          .auth()
          .oauth2(RapportTestResource.token(requester, "requester"))
          .get("/api/v1/inbox")
          .then()
          .statusCode(200)
          .body("items.size()", equalTo(0));
    }
  }

  @Test
  void aPersonChoosesTheirChannelsPerKindOfMessage() throws Exception {
    try (Pipeline p = new Pipeline(json)) {
      String requester = unique("cham");
      p.person(requester);
      preferences(
          requester,
          "{\"channels\":{\"RESOLUTION\":[\"CHAT\"],\"UPDATE\":[]},"
              + "\"chatWebhookUrl\":\"https://chat.example.com/hooks/cham\"}");
      UUID id = UUID.randomUUID();
      TicketSummary t =
          ticket(
              id,
              "T-CH1",
              "Badge broken",
              "IN_PROGRESS",
              "P3",
              requester,
              null,
              null,
              List.of(),
              List.of());
      String update =
          p.publish(
              new TicketUpdatePosted(
                  t, "agent@example.com", UUID.randomUUID(), "PUBLIC", "New badge printed", false));
      TicketSummary done =
          ticket(
              id,
              "T-CH1",
              "Badge broken",
              "RESOLVED",
              "P3",
              requester,
              null,
              null,
              List.of(),
              List.of());
      String resolved =
          p.publish(new TicketResolved(done, "agent@example.com", "Collect it at the desk"));
      // UPDATE: no channel chosen, yet the inbox is always on.
      assertThat(awaitFor(update, requester))
          .extracting(d -> d.channel)
          .containsExactly(Channel.IN_APP);
      List<Delivery> made = awaitFor(resolved, requester);
      assertThat(made)
          .extracting(d -> d.channel)
          .containsExactlyInAnyOrder(Channel.CHAT, Channel.IN_APP);
      Delivery chat = one(made, requester, "CHAT");
      // The person's webhook URL stays in their preferences; the worker reads it when sending.
      assertThat(chat.address).isNull();
      assertThat(chat.status).isEqualTo(DeliveryStatus.PENDING);
      assertThat(json.readTree(chat.payload).path("text").asText())
          .startsWith("*Resolved: Badge broken*")
          .contains("Collect it at the desk");
    }
  }

  @Test
  void quietHoursHoldEmailUntilTheyEndButNotTheInboxNorACriticalMessage() {
    try (Pipeline p = new Pipeline(json)) {
      String requester = unique("quinn");
      p.person(requester, "Quinn", "en-GB", "Europe/Paris");
      preferences(requester, "{\"quietStart\":\"22:00\",\"quietEnd\":\"07:00\"}");
      // 23:30 UTC = 00:30 in Paris (winter): quiet until 07:00 Paris = 06:00 UTC.
      clock.set(Instant.parse("2026-11-27T23:30:00Z"));
      UUID id = UUID.randomUUID();
      TicketSummary t =
          ticket(
              id,
              "T-QH1",
              "Printer jam",
              "IN_PROGRESS",
              "P3",
              requester,
              null,
              null,
              List.of(),
              List.of());
      String update =
          p.publish(
              new TicketUpdatePosted(
                  t, "agent@example.com", UUID.randomUUID(), "PUBLIC", "Paper ordered", false));
      List<Delivery> made = awaitFor(update, requester);
      Delivery email = one(made, requester, "EMAIL");
      assertThat(email.status).isEqualTo(DeliveryStatus.PENDING);
      assertThat(email.nextAttemptAt).isEqualTo(Instant.parse("2026-11-28T06:00:00Z"));
      assertThat(one(made, requester, "IN_APP").status).isEqualTo(DeliveryStatus.SENT);

      // A P1 opening is critical: it goes now, quiet hours or not.
      UUID p1 = UUID.randomUUID();
      TicketSummary outage =
          ticket(
              p1,
              "T-QH2",
              "Everything is down",
              "NEW",
              "P1",
              requester,
              null,
              null,
              List.of(),
              List.of());
      String opened = p.publish(new TicketOpened(outage, "agent@example.com", "All sites"));
      Delivery critical = one(awaitFor(opened, requester), requester, "EMAIL");
      assertThat(critical.critical).isTrue();
      assertThat(critical.status).isEqualTo(DeliveryStatus.PENDING);
      assertThat(critical.nextAttemptAt).isEqualTo(Instant.parse("2026-11-27T23:30:00Z"));
      WhoHearsWhatTest.assertPlain(critical);
      assertThat(critical.subject + critical.bodyText).contains("critical");
    }
  }

  @Test
  void aDailyDigestGathersMessagesAndGoesOutAtTheDigestTime() {
    try (Pipeline p = new Pipeline(json)) {
      String requester = unique("dana");
      p.person(requester, "Dana", "en-GB", "UTC");
      preferences(requester, "{\"digest\":\"DAILY\",\"digestTime\":\"08:00\"}");
      clock.set(Instant.parse("2026-11-27T07:00:00Z"));
      UUID id = UUID.randomUUID();
      gatherUpdateAndTask(p, requester, id, "T-DG1", "Slow Wi-Fi", "Survey the floor");

      clock.set(Instant.parse("2026-11-27T07:59:00Z"));
      digests.run();
      assertThat(deliveriesTo(requester))
          .hasSize(4)
          .allSatisfy(d -> assertThat(d.digestId).isNull());

      clock.set(Instant.parse("2026-11-27T08:00:30Z"));
      digests.run();
      List<Delivery> all = deliveriesTo(requester);
      List<Delivery> sent = all.stream().filter(d -> d.eventId.startsWith("digest:")).toList();
      assertThat(sent).hasSize(2);
      Delivery email = one(sent, requester, "EMAIL");
      assertThat(email.status).isEqualTo(DeliveryStatus.PENDING);
      assertThat(email.subject).isEqualTo("Your Rapport digest: 2 updates");
      assertThat(email.bodyText)
          .contains("New update on your request 'Slow Wi-Fi'")
          .contains("Progress on 'Slow Wi-Fi': 1 of 2 steps done");
      assertThat(one(sent, requester, "IN_APP").status).isEqualTo(DeliveryStatus.SENT);
      assertThat(all.stream().filter(d -> !d.eventId.startsWith("digest:")))
          .hasSize(4)
          .allSatisfy(d -> assertThat(d.digestId).isNotNull());
      // Nothing left to gather: a second run sends nothing more.
      digests.run();
      assertThat(deliveriesTo(requester)).hasSize(6);

      // A critical resolution bypasses the digest.
      TicketSummary p1 =
          ticket(
              id,
              "T-DG1",
              "Slow Wi-Fi",
              "RESOLVED",
              "P1",
              requester,
              null,
              null,
              List.of(),
              List.of());
      String resolved =
          p.publish(new TicketResolved(p1, "agent@example.com", "Replaced the access point"));
      List<Delivery> now = awaitFor(resolved, requester);
      assertThat(one(now, requester, "EMAIL").status).isEqualTo(DeliveryStatus.PENDING);
      assertThat(one(now, requester, "IN_APP").status).isEqualTo(DeliveryStatus.SENT);
    }
  }

  @Test
  void anHourlyDigestHoldsMessagesUntilTheTopOfTheHourThenSendsThemTogether() {
    try (Pipeline p = new Pipeline(json)) {
      String requester = unique("hugo");
      p.person(requester, "Hugo", "en-GB", "UTC");
      // digestTime is for DAILY digests: an hourly one goes out at the top of every hour.
      preferences(requester, "{\"digest\":\"HOURLY\",\"digestTime\":\"08:00\"}");
      clock.set(Instant.parse("2026-11-27T10:20:00Z"));
      UUID id = UUID.randomUUID();
      TicketSummary t =
          gatherUpdateAndTask(p, requester, id, "T-HR1", "Flaky VPN", "Check the tunnel");
      // Held: nothing pending, nothing in the inbox yet.
      assertThat(deliveriesTo(requester)).hasSize(4);

      // Not before the hour comes.
      clock.set(Instant.parse("2026-11-27T10:59:00Z"));
      digests.run();
      assertThat(deliveriesTo(requester))
          .hasSize(4)
          .allSatisfy(d -> assertThat(d.digestId).isNull());

      // At the top of the hour: one digest per channel, carrying both messages.
      clock.set(Instant.parse("2026-11-27T11:00:30Z"));
      digests.run();
      List<Delivery> all = deliveriesTo(requester);
      List<Delivery> sent = all.stream().filter(d -> d.eventId.startsWith("digest:")).toList();
      assertThat(sent).hasSize(2);
      Delivery email = one(sent, requester, "EMAIL");
      assertThat(email.status).isEqualTo(DeliveryStatus.PENDING);
      assertThat(email.nextAttemptAt).isEqualTo(Instant.parse("2026-11-27T11:00:30Z"));
      assertThat(email.subject).isEqualTo("Your Rapport digest: 2 updates");
      assertThat(email.bodyText)
          .contains("New update on your request 'Flaky VPN'")
          .contains("Progress on 'Flaky VPN': 1 of 2 steps done");
      assertThat(one(sent, requester, "IN_APP").status).isEqualTo(DeliveryStatus.SENT);
      assertThat(all.stream().filter(d -> !d.eventId.startsWith("digest:")))
          .hasSize(4)
          .allSatisfy(d -> assertThat(d.digestId).isIn(sent.get(0).id, sent.get(1).id));

      // A message gathered after that hour waits for the next one, alone.
      clock.set(Instant.parse("2026-11-27T11:10:00Z"));
      String third =
          p.publish(
              new TicketUpdatePosted(
                  t, "agent@example.com", UUID.randomUUID(), "PUBLIC", "Tunnel rebuilt", false));
      assertThat(awaitFor(third, requester))
          .extracting(d -> d.status)
          .containsOnly(DeliveryStatus.DIGEST);
      clock.set(Instant.parse("2026-11-27T11:59:59Z"));
      digests.run();
      assertThat(deliveriesTo(requester)).hasSize(8);
      clock.set(Instant.parse("2026-11-27T12:00:05Z"));
      digests.run();
      assertThat(deliveriesTo(requester)).hasSize(10);
      List<Delivery> next =
          deliveriesTo(requester).stream()
              .filter(d -> d.eventId.startsWith("digest:"))
              .filter(d -> !d.id.equals(sent.get(0).id) && !d.id.equals(sent.get(1).id))
              .toList();
      assertThat(one(next, requester, "EMAIL").subject).isEqualTo("Your Rapport digest: 1 update");
      assertThat(one(next, requester, "EMAIL").bodyText)
          .contains("New update on your request 'Flaky VPN'");

      // A critical message bypasses the hourly digest: it goes now.
      clock.set(Instant.parse("2026-11-27T12:15:00Z"));
      TicketSummary p1 =
          ticket(
              id,
              "T-HR1",
              "Flaky VPN",
              "RESOLVED",
              "P1",
              requester,
              null,
              null,
              List.of(),
              List.of());
      String resolved = p.publish(new TicketResolved(p1, "agent@example.com", "New VPN gateway"));
      List<Delivery> now = awaitFor(resolved, requester);
      assertThat(one(now, requester, "EMAIL").status).isEqualTo(DeliveryStatus.PENDING);
      assertThat(one(now, requester, "EMAIL").nextAttemptAt)
          .isEqualTo(Instant.parse("2026-11-27T12:15:00Z"));
      assertThat(one(now, requester, "IN_APP").status).isEqualTo(DeliveryStatus.SENT);
    }
  }

  @Test
  void executivesHearCriticalOpeningsAtOnceAndTheRestInTheirDailyDigest() {
    try (Pipeline p = new Pipeline(json)) {
      String requester = unique("rita");
      String exec = unique("exa");
      p.person(requester);
      p.person(exec, "Exa", "en-GB", "UTC");
      List<Stakeholder> stake = List.of(new Stakeholder(exec, "EXECUTIVE"));
      UUID a = UUID.randomUUID();
      String p1 =
          p.publish(
              new TicketOpened(
                  ticket(
                      a,
                      "T-EX1",
                      "Mail down",
                      "NEW",
                      "P1",
                      requester,
                      null,
                      null,
                      List.of(),
                      stake),
                  requester,
                  ""));
      UUID b = UUID.randomUUID();
      String p2 =
          p.publish(
              new TicketOpened(
                  ticket(
                      b,
                      "T-EX2",
                      "Slow mail",
                      "NEW",
                      "P2",
                      requester,
                      null,
                      null,
                      List.of(),
                      stake),
                  requester,
                  ""));
      assertThat(one(awaitFor(p1, exec), exec, "EMAIL").status).isEqualTo(DeliveryStatus.PENDING);
      assertThat(one(awaitFor(p2, exec), exec, "EMAIL").status).isEqualTo(DeliveryStatus.DIGEST);
    }
  }

  /**
   * A public update ("Looking") and a task completion (1 of 2) on a P3 ticket of {@code requester},
   * both gathered for their digest (on e-mail and in-app); answers the ticket.
   */
  private static TicketSummary gatherUpdateAndTask(
      Pipeline p, String requester, UUID id, String key, String title, String task) {
    TicketSummary t =
        ticket(id, key, title, "IN_PROGRESS", "P3", requester, null, null, List.of(), List.of());
    String update =
        p.publish(
            new TicketUpdatePosted(
                t, "agent@example.com", UUID.randomUUID(), "PUBLIC", "Looking", false));
    String done =
        p.publish(new TicketTaskCompleted(t, "agent@example.com", UUID.randomUUID(), task, 1, 2));
    awaitFor(update, requester);
    awaitFor(done, requester);
    assertThat(deliveriesTo(requester))
        .extracting(d -> d.status)
        .containsOnly(DeliveryStatus.DIGEST);
    return t;
  }
}
