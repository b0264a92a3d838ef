package dev.rapport.notification.pipeline;

import static dev.rapport.notification.pipeline.Pipeline.awaitFor;
import static dev.rapport.notification.pipeline.Pipeline.deliveries;
import static dev.rapport.notification.pipeline.Pipeline.of;
import static dev.rapport.notification.pipeline.Pipeline.one;
import static dev.rapport.notification.pipeline.Pipeline.ticket;
import static dev.rapport.notification.pipeline.Pipeline.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.events.Topics;
import dev.rapport.events.people.PersonUpserted;
import dev.rapport.events.people.TeamRef;
import dev.rapport.events.ticket.Stakeholder;
import dev.rapport.events.ticket.TicketOpened;
import dev.rapport.events.ticket.TicketStatusChanged;
import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.events.ticket.TicketUpdatePosted;
import dev.rapport.local.CloudEventWriter;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.local.testing.TestEventWriters;
import dev.rapport.notification.domain.Audience;
import dev.rapport.notification.domain.Delivery;
import dev.rapport.notification.domain.DeliveryStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Real people and ticket events on the broker: the right people get the right message on the right
 * channel per the default rules, in plain language for the business and with the detail for IT;
 * internal notes never reach a business audience; deactivated people get nothing; a redelivered
 * event makes nothing twice; a French speaker reads French.
 */
@QuarkusTest
@TestProfile(PipelineProfile.class)
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "notification-service"))
class WhoHearsWhatTest {
  @Inject ObjectMapper json;

  @Test
  void anOpeningReachesEachAudiencePerTheRulesInItsOwnWords() {
    try (Pipeline p = new Pipeline(json)) {
      UUID team = UUID.randomUUID();
      TeamRef network = new TeamRef(team, "Network");
      String requester = unique("rita");
      String watcher = unique("walt");
      String endUser = unique("eve");
      String owner = unique("owen");
      String exec = unique("exa");
      String agent = unique("agnes");
      String teammate = unique("tom");
      for (String who : List.of(requester, watcher, endUser, owner, exec)) {
        p.person(who);
      }
      p.agent(agent, network);
      p.agent(teammate, network);

      UUID id = UUID.randomUUID();
      TicketSummary t =
          ticket(
              id,
              "T-" + id.toString().substring(0, 4),
              "VPN drops",
              "NEW",
              "P2",
              requester,
              null,
              team.toString(),
              List.of(watcher, requester.toUpperCase()),
              List.of(
                  // In several audiences: one message, under the most specific (requester).
                  new Stakeholder(requester, "END_USER"),
                  new Stakeholder(endUser, "END_USER"),
                  new Stakeholder(owner, "BUSINESS_OWNER"),
                  new Stakeholder(exec, "EXECUTIVE")));
      // Raised by an agent of the team on the requester's behalf: the agent is not told.
      String ce = p.publish(new TicketOpened(t, agent, "The VPN drops every 10 minutes"));

      List<Delivery> made = awaitFor(ce, teammate);
      made = Pipeline.await(ce, ds -> ds.size() >= 9);
      assertThat(made).extracting(d -> d.recipient).doesNotContain(agent, watcher);
      // Requester, end user, business owner (P2 is high enough): e-mail pending, inbox at once.
      for (String who : List.of(requester, endUser, owner)) {
        Delivery email = one(made, who, "EMAIL");
        assertThat(email.status).isEqualTo(DeliveryStatus.PENDING);
        assertThat(email.nextAttemptAt).isNotNull();
        assertThat(email.address).isEqualTo(who);
        assertThat(email.bodyHtml).contains("<p>").contains("VPN drops");
        Delivery inApp = one(made, who, "IN_APP");
        assertThat(inApp.status).isEqualTo(DeliveryStatus.SENT);
        assertThat(inApp.sentAt).isNotNull();
        for (Delivery d : of(made, who)) {
          assertPlain(d);
        }
      }
      assertThat(one(made, requester, "EMAIL").audience).isEqualTo(Audience.REQUESTER);
      assertThat(one(made, requester, "EMAIL").subject)
          .isEqualTo("We have received your request: VPN drops");
      assertThat(one(made, requester, "IN_APP").bodyText)
          .contains("It is high priority and the Network team is looking after it");
      assertThat(one(made, owner, "EMAIL").audience).isEqualTo(Audience.BUSINESS_OWNER);
      // The executive hears a P2 opening in the daily digest only.
      assertThat(of(made, exec)).extracting(d -> d.status).containsOnly(DeliveryStatus.DIGEST);
      // The team hears of a new ticket, with the detail.
      Delivery it = one(made, teammate, "EMAIL");
      assertThat(it.audience).isEqualTo(Audience.TEAM);
      assertThat(it.subject).contains(t.key()).contains("P2");
      assertThat(it.bodyText)
          .contains("Priority:  P2")
          .contains("Status:    NEW")
          .contains("The VPN drops every 10 minutes");
    }
  }

  @Test
  void plainLanguageForTheBusinessAndTheDetailForIt() {
    try (Pipeline p = new Pipeline(json)) {
      UUID team = UUID.randomUUID();
      TeamRef network = new TeamRef(team, "Network");
      String requester = unique("rita");
      String assignee = unique("agnes");
      p.person(requester);
      p.agent(assignee, network);
      UUID id = UUID.randomUUID();
      TicketSummary t =
          ticket(
              id,
              "T-PL1",
              "VPN drops",
              "IN_PROGRESS",
              "P2",
              requester,
              assignee,
              team.toString(),
              List.of(),
              List.of());
      String lead = unique("lead");
      String ce = p.publish(new TicketStatusChanged(t, lead, "ASSIGNED", "IN_PROGRESS", null));

      List<Delivery> made = awaitFor(ce, requester);
      Delivery email = one(made, requester, "EMAIL");
      assertThat(email.bodyText)
          .contains(
              "Your request 'VPN drops' is being worked on by the Network team; it is high priority.")
          .startsWith("Hello rita,");
      assertPlain(email);
      assertPlain(one(made, requester, "IN_APP"));

      // The assignee hears assignments, not status changes; the IT wording shows codes.
      String assigned =
          p.publish(new dev.rapport.events.ticket.TicketAssigned(t, lead, null, null));
      Delivery it = one(awaitFor(assigned, assignee), assignee, "EMAIL");
      assertThat(it.audience).isEqualTo(Audience.ASSIGNEE);
      assertThat(it.bodyText)
          .contains("P2")
          .contains("IN_PROGRESS")
          .contains(assignee)
          .contains("T-PL1");
      assertThat(of(deliveries(ce), assignee)).isEmpty();
    }
  }

  @Test
  void anInternalNoteNeverReachesTheBusinessWhateverTheRulesSay() {
    String forced = "rapport.ticket.update-posted.v1#internal";
    UUID rogueRule = UUID.randomUUID();
    // A rule the API refuses (422), written straight into the table: code still holds the line.
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                dev.rapport.notification.domain.AudienceRule.getEntityManager()
                    .createNativeQuery(
                        "insert into audience_rules (id, audience, event_type, delivery, updated_by,"
                            + " updated_at) values (?1, 'WATCHER', ?2, 'IMMEDIATE', 'test', now())"
                            + " on conflict do nothing")
                    .setParameter(1, rogueRule)
                    .setParameter(2, forced)
                    .executeUpdate());
    try (Pipeline p = new Pipeline(json)) {
      UUID team = UUID.randomUUID();
      TeamRef network = new TeamRef(team, "Network");
      String requester = unique("rita");
      String watcher = unique("walt");
      String owner = unique("owen");
      String assignee = unique("agnes");
      String teammate = unique("tom");
      p.person(requester);
      p.person(watcher);
      p.person(owner);
      p.agent(assignee, network);
      p.agent(teammate, network);
      UUID id = UUID.randomUUID();
      TicketSummary t =
          ticket(
              id,
              "T-IN1",
              "Payroll export fails",
              "IN_PROGRESS",
              "P3",
              requester,
              assignee,
              team.toString(),
              List.of(watcher),
              List.of(new Stakeholder(owner, "BUSINESS_OWNER")));
      String secret = "DB password rotated on prod-db-7, see vault path " + UUID.randomUUID();
      String note =
          p.publish(
              new TicketUpdatePosted(t, assignee, UUID.randomUUID(), "INTERNAL", secret, false));
      // Then a public update on the same ticket (same partition, so handled after the note).
      String update =
          p.publish(
              new TicketUpdatePosted(
                  t, assignee, UUID.randomUUID(), "PUBLIC", "We found the cause.", false));
      awaitFor(update, watcher);
      awaitFor(update, requester);

      List<Delivery> notes = deliveries(note);
      assertThat(notes).extracting(d -> d.recipient).containsOnly(teammate);
      assertThat(notes).allSatisfy(d -> assertThat(d.audience.isIt()).isTrue());
      assertThat(one(notes, teammate, "EMAIL").bodyText).contains(secret);
      for (String business : List.of(requester, watcher, owner)) {
        assertThat(Pipeline.deliveriesTo(business))
            .allSatisfy(
                d -> assertThat(d.bodyText + d.subject + d.bodyHtml).doesNotContain(secret));
      }
      // Public update: requester and watcher hear it (the author, the assignee, does not).
      assertThat(deliveries(update)).extracting(d -> d.recipient).containsOnly(requester, watcher);
      assertThat(one(deliveries(update), watcher, "IN_APP").bodyText)
          .contains("We found the cause.");
    } finally {
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  dev.rapport.notification.domain.AudienceRule.delete(
                      "audience = ?1 and eventType = ?2", Audience.WATCHER, forced));
    }
  }

  @Test
  void aDeactivatedPersonGetsNothingAndAnOlderEventDoesNotBringThemBack() {
    try (Pipeline p = new Pipeline(json)) {
      String requester = unique("rita");
      String watcher = unique("gone");
      p.person(requester);
      UUID goneId = p.person(watcher);
      Instant later = Instant.now().plusSeconds(60);
      p.deactivate(Pipeline.snapshot(goneId, watcher, "Gone", "en", "UTC", later));
      Awaitility.await()
          .atMost(TopicReader.PATIENCE)
          .until(() -> !Pipeline.contact(watcher).active);
      // A late redelivery of an older upsert changes nothing.
      p.publishPerson(
          new PersonUpserted(
              Pipeline.snapshot(goneId, watcher, "Gone", "en", "UTC", later.minusSeconds(30)),
              "scim"));
      String marker = unique("marker");
      p.person(marker); // same topic, later: once it is there, the old upsert was handled
      assertThat(Pipeline.contact(watcher).active).isFalse();

      UUID id = UUID.randomUUID();
      TicketSummary t =
          ticket(
              id,
              "T-DE1",
              "Printer",
              "IN_PROGRESS",
              "P3",
              requester,
              null,
              null,
              List.of(watcher),
              List.of());
      String ce =
          p.publish(
              new TicketUpdatePosted(
                  t, "agent@example.com", UUID.randomUUID(), "PUBLIC", "On it", false));
      List<Delivery> made = awaitFor(ce, requester);
      assertThat(made).extracting(d -> d.recipient).containsOnly(requester);
    }
  }

  @Test
  void theSameEventRedeliveredMakesNoSecondMessage() {
    try (Pipeline p = new Pipeline(json)) {
      String requester = unique("rita");
      p.person(requester);
      UUID id = UUID.randomUUID();
      TicketSummary t =
          ticket(
              id,
              "T-RE1",
              "Laptop",
              "IN_PROGRESS",
              "P3",
              requester,
              null,
              null,
              List.of(),
              List.of());
      TicketUpdatePosted update =
          new TicketUpdatePosted(
              t, "agent@example.com", UUID.randomUUID(), "PUBLIC", "Ordered", false);
      String ce = p.publish(update);
      p.publish(update, ce); // redelivered
      String next =
          p.publish(
              new TicketUpdatePosted(
                  t, "agent@example.com", UUID.randomUUID(), "PUBLIC", "Shipped", false));
      awaitFor(next, requester);
      assertThat(deliveries(ce)).hasSize(2); // one e-mail, one in-app
      assertThat(Pipeline.deliveriesTo(requester)).hasSize(4);
    }
  }

  @Test
  void aFrenchSpeakerReadsFrench() {
    try (Pipeline p = new Pipeline(json)) {
      UUID team = UUID.randomUUID();
      String requester = unique("rene");
      p.person(requester, "René", "fr-FR", "Europe/Paris", new TeamRef(team, "Réseau"));
      p.person(unique("x"), new TeamRef(team, "Réseau"));
      UUID id = UUID.randomUUID();
      TicketSummary t =
          ticket(
              id,
              "T-FR1",
              "Le VPN coupe",
              "IN_PROGRESS",
              "P2",
              requester,
              null,
              team.toString(),
              List.of(),
              List.of());
      String ce =
          p.publish(
              new TicketStatusChanged(t, "agent@example.com", "ASSIGNED", "IN_PROGRESS", null));
      List<Delivery> made = awaitFor(ce, requester);
      Delivery email = one(made, requester, "EMAIL");
      assertThat(email.locale).isEqualTo("fr");
      assertThat(email.subject)
          .isEqualTo(
              "Votre demande « Le VPN coupe » est en cours de traitement par l'équipe Réseau");
      assertThat(email.bodyText)
          .startsWith("Bonjour René,")
          .contains("elle est de haute priorité.")
          .contains("Référence : T-FR1");
      assertThat(email.bodyHtml).contains("<html lang=\"fr\">").contains("l&#39;équipe Réseau");
      assertPlain(email);
    }
  }

  @Test
  void poisonGoesToTheDeadLetterTopicAndTheConsumerGoesOn() {
    String dlq = Topics.deadLetter(Topics.TICKETS, "notification-service");
    try (Pipeline p = new Pipeline(json);
        CloudEventWriter raw = TestEventWriters.tickets(json)) {
      String requester = unique("rita");
      p.person(requester);
      UUID id = UUID.randomUUID();
      String bad = UUID.randomUUID().toString();
      raw.send(id.toString(), "{\"ticket\": {not json", bad, "rapport.ticket.opened.v1");
      TicketSummary t =
          ticket(
              id,
              "T-PO1",
              "Screen",
              "IN_PROGRESS",
              "P3",
              requester,
              null,
              null,
              List.of(),
              List.of());
      String ce =
          p.publish(
              new TicketUpdatePosted(
                  t, "agent@example.com", UUID.randomUUID(), "PUBLIC", "Fixed?", false));
      awaitFor(ce, requester);
      try (TopicReader dead = new TopicReader(dlq)) {
        List<TopicReader.Event> events = dead.await(id.toString(), 1);
        assertThat(events.get(0).header("ce_id")).isEqualTo(bad);
        assertThat(events.get(0).header("dead-letter-reason")).contains("cannot read");
      }
    }
  }

  /** No priority or status codes, nor the ticket type, in a business message. */
  static void assertPlain(Delivery d) {
    String all = d.subject + "\n" + d.bodyText + "\n" + (d.bodyHtml == null ? "" : d.bodyHtml);
    // A tracked link's random token may spell a code by chance ("IzNEWM79"); it is not wording.
    String words = all.replaceAll("/r/[A-Za-z0-9_.~-]+", "/r/<token>");
    assertThat(words)
        .doesNotContainPattern("\\bP[1-4]\\b")
        .doesNotContain("IN_PROGRESS")
        .doesNotContain("WAITING_ON_CUSTOMER")
        .doesNotContain("INCIDENT")
        .doesNotContain("NEW")
        .doesNotContain("ASSIGNED");
  }
}
