package dev.rapport.notification.sla;

import static dev.rapport.notification.pipeline.Pipeline.awaitFor;
import static dev.rapport.notification.pipeline.Pipeline.one;
import static dev.rapport.notification.pipeline.Pipeline.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.events.people.TeamRef;
import dev.rapport.events.ticket.SlaSummary;
import dev.rapport.events.ticket.Stakeholder;
import dev.rapport.events.ticket.TicketOpened;
import dev.rapport.events.ticket.TicketResolved;
import dev.rapport.events.ticket.TicketStatusChanged;
import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.testing.TestTickets;
import dev.rapport.notification.domain.Delivery;
import dev.rapport.notification.pipeline.Pipeline;
import dev.rapport.notification.pipeline.PipelineProfile;
import dev.rapport.notification.pipeline.TestClock;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real ticket events on the broker: every message to the business about an open ticket ends with
 * the ticket's promise (sla.nextUpdateDue) in the reader's time zone and language; while IT waits
 * on the customer it says so; once the promise is broken it says that, never a time already past;
 * IT messages, closed tickets and tickets with no SLA carry no promise.
 */
@QuarkusTest
@TestProfile(PipelineProfile.class)
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "notification-service"))
class UpdatePromiseTest {
  /** A Tuesday evening: 22:30 in London is 23:30 in Paris. */
  private static final Instant EVENING = Instant.parse("2026-12-01T22:30:00Z");

  @Inject ObjectMapper json;
  @Inject TestClock clock;

  private UUID team;
  private String alice;
  private String rene;
  private String agent;

  @BeforeEach
  void people() {
    team = UUID.randomUUID();
    alice = unique("alice");
    rene = unique("rene");
    agent = unique("agnes");
    try (Pipeline p = new Pipeline(json)) {
      p.person(alice, "Alice", "en-GB", "Europe/London");
      p.person(rene, "René", "fr-FR", "Europe/Paris");
      p.agent(agent, new TeamRef(team, "Network"));
    }
    clock.set(EVENING);
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void thePromiseEndsEveryBusinessMessageInTheReadersZoneAndLanguage() {
    try (Pipeline p = new Pipeline(json)) {
      // Due at 23:30 UTC: still today in London, already tomorrow in Paris.
      TicketSummary t = ticket("NEW", running(Instant.parse("2026-12-01T23:30:00Z")));
      String ce = p.publish(new TicketOpened(t, "sam@example.com", "The VPN drops"));
      List<Delivery> made = Pipeline.await(ce, ds -> ds.size() >= 6);

      assertThat(one(made, alice, "IN_APP").bodyText).endsWith("Next update by 23:30 today.");
      assertThat(one(made, alice, "EMAIL").bodyText).contains("Next update by 23:30 today.");
      assertThat(one(made, alice, "EMAIL").bodyHtml).contains("Next update by 23:30 today.");
      assertThat(one(made, rene, "IN_APP").bodyText)
          .endsWith("Prochaine mise à jour avant 00:30 demain.");
      assertThat(one(made, rene, "EMAIL").bodyText)
          .contains("Prochaine mise à jour avant 00:30 demain.");
      // IT reads the ticket's detail, not a promise made to the business.
      assertThat(one(made, agent, "EMAIL").bodyText)
          .doesNotContain("Next update")
          .contains("Priority:  P2");

      // Due on Friday morning: the weekday and date, in each language.
      List<Delivery> told =
          moved(p, ticket("IN_PROGRESS", running(Instant.parse("2026-12-04T09:00:00Z"))));
      assertThat(one(told, alice, "IN_APP").bodyText)
          .endsWith("Next update by 09:00 on Friday 4 December.");
      assertThat(one(told, rene, "IN_APP").bodyText)
          .endsWith("Prochaine mise à jour avant 10:00 le vendredi 4 décembre.");
    }
  }

  @Test
  void whilePausedItSaysWhatItWaitsForAndOnceBrokenItSaysSo() {
    try (Pipeline p = new Pipeline(json)) {
      SlaSummary paused = new SlaSummary("P2 24x7", null, null, null, "MET", "PAUSED", "PAUSED");
      List<Delivery> made = moved(p, ticket("WAITING_ON_CUSTOMER", paused));
      assertThat(one(made, alice, "IN_APP").bodyText)
          .endsWith("We will update you once we hear back from you.")
          .doesNotContain("Next update by");
      assertThat(one(made, rene, "IN_APP").bodyText)
          .endsWith("Nous vous tiendrons informé dès que le demandeur nous aura répondu.");

      // Breached, with its due in the past: an honest line, not a promise of a time gone by.
      SlaSummary breached =
          new SlaSummary(
              "P2 24x7",
              null,
              Instant.parse("2026-12-02T08:00:00Z"),
              Instant.parse("2026-12-01T21:00:00Z"),
              "MET",
              "RUNNING",
              "BREACHED");
      made = moved(p, ticket("IN_PROGRESS", breached));
      assertThat(one(made, alice, "EMAIL").bodyText)
          .contains("Your next update is overdue; we are on it.")
          .doesNotContain("Next update by");
      assertThat(one(made, rene, "IN_APP").bodyText)
          .endsWith("Votre prochaine mise à jour est en retard ; nous nous en occupons.");

      // Still RUNNING in the event, but its due passed before the message was written.
      clock.set(Instant.parse("2026-12-02T09:00:00Z"));
      made = moved(p, ticket("IN_PROGRESS", running(EVENING.plusSeconds(3600))));
      assertThat(one(made, alice, "IN_APP").bodyText)
          .endsWith("Your next update is overdue; we are on it.");
    }
  }

  @Test
  void noPromiseOnceResolvedNorWithoutAnSla() {
    try (Pipeline p = new Pipeline(json)) {
      SlaSummary met = new SlaSummary("P2 24x7", null, null, null, "MET", "MET", "RUNNING");
      TicketSummary resolved = ticket("RESOLVED", met);
      TicketSummary noSla = ticket("IN_PROGRESS", null);
      String done = p.publish(new TicketResolved(resolved, "sam@example.com", "Replaced it"));
      for (TicketSummary t : List.of(resolved, noSla)) {
        List<Delivery> made = t == resolved ? awaitFor(done, rene) : moved(p, noSla);
        assertThat(made).hasSize(4);
        assertThat(one(made, alice, "IN_APP").bodyText).endsWith("Reference: " + t.key());
        assertThat(one(made, rene, "IN_APP").bodyText).endsWith("Référence : " + t.key());
        for (Delivery d : made) {
          assertThat(d.bodyText)
              .doesNotContain("Next update", "We will update you", "overdue")
              .doesNotContain("Prochaine mise à jour", "Nous vous tiendrons informé", "en retard");
        }
      }
    }
  }

  /** Publishes a status change of {@code t} (to its status); answers its deliveries. */
  private static List<Delivery> moved(Pipeline p, TicketSummary t) {
    String ce = p.publish(new TicketStatusChanged(t, "sam@example.com", "NEW", t.status(), null));
    return Pipeline.await(ce, ds -> ds.size() >= 4);
  }

  private static SlaSummary running(Instant nextUpdateDue) {
    return new SlaSummary(
        "P2 24x7",
        null,
        nextUpdateDue.plusSeconds(3 * 3600),
        nextUpdateDue,
        "MET",
        "RUNNING",
        "RUNNING");
  }

  /** A P2 of alice, with rene watching it as an end user, on the Network team. */
  private TicketSummary ticket(String status, SlaSummary sla) {
    UUID id = UUID.randomUUID();
    return TestTickets.ticket(id, "T-" + id.toString().substring(0, 6))
        .title("VPN drops")
        .status(status)
        .priority("P2")
        .requester(alice)
        .teamId(team.toString())
        .watchers(List.of(rene))
        .stakeholders(List.of(new Stakeholder(rene, "END_USER")))
        .sla(sla)
        .summary();
  }
}
