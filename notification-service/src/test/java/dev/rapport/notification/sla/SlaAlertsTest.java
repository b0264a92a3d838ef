package dev.rapport.notification.sla;

import static dev.rapport.notification.pipeline.Pipeline.awaitFor;
import static dev.rapport.notification.pipeline.Pipeline.deliveries;
import static dev.rapport.notification.pipeline.Pipeline.of;
import static dev.rapport.notification.pipeline.Pipeline.one;
import static dev.rapport.notification.pipeline.Pipeline.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.events.people.PersonSnapshot;
import dev.rapport.events.people.TeamRef;
import dev.rapport.events.ticket.SlaSummary;
import dev.rapport.events.ticket.Stakeholder;
import dev.rapport.events.ticket.TicketSlaBreached;
import dev.rapport.events.ticket.TicketSlaWarning;
import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.events.ticket.TicketUpdatePosted;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.testing.TestTickets;
import dev.rapport.notification.domain.Audience;
import dev.rapport.notification.domain.AudienceRule;
import dev.rapport.notification.domain.Delivery;
import dev.rapport.notification.domain.DeliveryStatus;
import dev.rapport.notification.pipeline.Pipeline;
import dev.rapport.notification.pipeline.PipelineProfile;
import dev.rapport.notification.pipeline.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SLA warnings and breaches from rapport.tickets.v1 under the default rules: an UPDATE warning
 * reaches the assignee (the team when nobody is assigned) with who has been waiting and until when;
 * RESPONSE and RESOLUTION warnings reach the assignee and the team; a breach reaches the team's
 * leads and, for P1 and P2, the business owners in business words; each event makes its messages
 * once.
 */
@QuarkusTest
@TestProfile(PipelineProfile.class)
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "notification-service"))
class SlaAlertsTest {
  /** Tuesday noon; 12:00 in London, 13:00 in Paris. */
  private static final Instant NOON = Instant.parse("2026-12-01T12:00:00Z");

  private static final Instant DUE = Instant.parse("2026-12-01T15:00:00Z");

  private static final Instant BROKEN = Instant.parse("2026-12-01T11:00:00Z");

  @Inject ObjectMapper json;
  @Inject TestClock clock;

  private UUID team;
  private String alice;
  private String agnes;
  private String francois;
  private String lena;
  private String owen;

  @BeforeEach
  void people() {
    team = UUID.randomUUID();
    TeamRef network = new TeamRef(team, "Network");
    alice = unique("alice");
    agnes = unique("agnes");
    francois = unique("francois");
    lena = unique("lena");
    owen = unique("owen");
    try (Pipeline p = new Pipeline(json)) {
      p.person(alice, "Alice", "en-GB", "Europe/London");
      p.person(owen, "Owen", "en-GB", "Europe/London");
      p.agent(agnes, network);
      p.person(
          francois, "François", "fr-FR", "Europe/Paris", List.of(PersonSnapshot.AGENT), network);
      p.person(lena, "Lena", "en-GB", "Europe/London", List.of(PersonSnapshot.LEAD), network);
    }
    clock.set(NOON);
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void anUpdateWarningReachesTheAssigneeWithWhoIsWaitingAndUntilWhen() {
    try (Pipeline p = new Pipeline(json)) {
      TicketSummary t = ticket("P2", agnes);
      String ce = p.publish(warning(t, "UPDATE", "PT3H"));
      List<Delivery> made = awaitFor(ce, agnes);
      assertThat(made).extracting(d -> d.recipient).containsOnly(agnes);
      Delivery inbox = one(made, agnes, "IN_APP");
      assertThat(inbox.audience).isEqualTo(Audience.ASSIGNEE);
      assertThat(inbox.bodyText)
          .startsWith(t.key() + ": Alice has not heard from us for 3 h; next update due by 15:00.");
      assertThat(one(made, agnes, "EMAIL").subject)
          .isEqualTo("[" + t.key() + "] Update due by 15:00: Printer offline");
    }
  }

  @Test
  void anUpdateWarningOfAnUnassignedTicketReachesTheTeamInEachOnesLanguage() {
    try (Pipeline p = new Pipeline(json)) {
      TicketSummary t = ticket("P3", null);
      String ce = p.publish(warning(t, "UPDATE", "PT3H20M"));
      List<Delivery> made = Pipeline.await(ce, ds -> ds.size() >= 6);
      assertThat(made).extracting(d -> d.recipient).containsOnly(agnes, francois, lena);
      assertThat(made).extracting(d -> d.audience).containsOnly(Audience.TEAM);
      assertThat(one(made, agnes, "IN_APP").bodyText)
          .startsWith(
              t.key() + ": Alice has not heard from us for 3 h 20 min; next update due by 15:00.");
      assertThat(one(made, francois, "IN_APP").bodyText)
          .startsWith(
              t.key()
                  + " : Alice n'a pas eu de nouvelles depuis 3 h 20 min ; prochaine mise à jour"
                  + " attendue avant 16:00.");
    }
  }

  @Test
  void responseAndResolutionWarningsReachTheAssigneeAndTheTeam() {
    try (Pipeline p = new Pipeline(json)) {
      TicketSummary t = ticket("P2", agnes);
      String ce = p.publish(warning(t, "RESOLUTION", "PT6H"));
      List<Delivery> made = Pipeline.await(ce, ds -> ds.size() >= 6);
      assertThat(made).extracting(d -> d.recipient).containsOnly(agnes, francois, lena);
      assertThat(one(made, agnes, "IN_APP").audience).isEqualTo(Audience.ASSIGNEE);
      assertThat(one(made, lena, "IN_APP").audience).isEqualTo(Audience.TEAM);
      assertThat(one(made, lena, "IN_APP").bodyText)
          .startsWith(
              t.key() + ": 6 h of the 8 h resolution target used; resolution due by 15:00.");
    }
  }

  @Test
  void aP1BreachReachesTheTeamLeadAndTheBusinessOwnerInBusinessWords() {
    try (Pipeline p = new Pipeline(json)) {
      TicketSummary t = ticket("P1", agnes, "BREACHED");
      String ce = p.publish(breach(t, "priority raised from P3 to P1"));
      List<Delivery> made = awaitFor(ce, lena);
      assertThat(made).extracting(d -> d.recipient).containsOnly(lena, owen);
      Delivery lead = one(made, lena, "IN_APP");
      assertThat(lead.audience).isEqualTo(Audience.TEAM_LEAD);
      assertThat(lead.subject)
          .isEqualTo("[" + t.key() + "] P1 SLA breached, update overdue: Printer offline");
      assertThat(lead.bodyText)
          .contains(
              t.key() + ": Alice was due an update by 11:00 and has not heard from us for 1 h")
          .contains("Why: priority raised from P3 to P1");

      Delivery owner = one(made, owen, "IN_APP");
      assertThat(owner.audience).isEqualTo(Audience.BUSINESS_OWNER);
      assertThat(owner.subject).isEqualTo("The request 'Printer offline': where things stand");
      assertThat(owner.bodyText)
          .startsWith(
              "We did not update you when we said we would; here is where things stand:\n\n"
                  + "The request 'Printer offline' is being worked on by the Network team; it is"
                  + " critical.\n\nWhat happens next:")
          .contains("What happens next: the Network team has been alerted")
          .endsWith("Your next update is overdue; we are on it.")
          .doesNotContain("SLA", "P1", "P3", "IN_PROGRESS", "UPDATE", "priority raised", "PT");
      // A broken promise on a critical ticket does not wait for anyone's quiet hours.
      Delivery email = one(made, owen, "EMAIL");
      assertThat(email.status).isEqualTo(DeliveryStatus.PENDING);
      assertThat(email.critical).isTrue();
    }
  }

  @Test
  void aP3BreachReachesTheLeadOnly() {
    try (Pipeline p = new Pipeline(json)) {
      TicketSummary t = ticket("P3", agnes, "BREACHED");
      String ce = p.publish(breach(t, "update target passed"));
      List<Delivery> made = awaitFor(ce, lena);
      assertThat(made).extracting(d -> d.recipient).containsOnly(lena);
    }
  }

  @Test
  void theDefaultsAreRulesThatAnAdminChanges() {
    JsonPath rules =
        given()
            .auth()
            .oauth2(RapportTestResource.token(unique("al"), "agent"))
            .queryParam("eventType", TicketSlaBreached.TYPE)
            .get("/api/v1/rules")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(rules.getList("items.audience"))
        .containsExactlyInAnyOrder("TEAM_LEAD", "BUSINESS_OWNER");
    assertThat(rules.getString("items.find { it.audience == 'BUSINESS_OWNER' }.minPriority"))
        .isEqualTo("P2");

    // An admin lets requesters hear of breaches too: they read it about their own request.
    given()
        .auth()
        .oauth2(RapportTestResource.token("root@example.com", "admin"))
        .contentType("application/json")
        .body(
            "{\"audience\":\"REQUESTER\",\"eventType\":\""
                + TicketSlaBreached.TYPE
                + "\",\"delivery\":\"IMMEDIATE\"}")
        .post("/api/v1/rules")
        .then()
        .statusCode(201);
    try (Pipeline p = new Pipeline(json)) {
      TicketSummary t = ticket("P3", agnes, "BREACHED");
      List<Delivery> made = awaitFor(p.publish(breach(t, "update target passed")), alice);
      assertThat(made).extracting(d -> d.recipient).containsOnly(lena, alice);
      assertThat(one(made, alice, "IN_APP").bodyText)
          .startsWith(
              "We did not update you when we said we would; here is where things stand:\n\n"
                  + "Your request 'Printer offline' is being worked on by the Network team");
    } finally {
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  AudienceRule.delete(
                      "audience = ?1 and eventType = ?2",
                      Audience.REQUESTER,
                      TicketSlaBreached.TYPE));
    }
  }

  @Test
  void aRedeliveredWarningOrBreachMakesNoSecondMessage() {
    try (Pipeline p = new Pipeline(json)) {
      TicketSummary t = ticket("P2", agnes);
      TicketSlaWarning warning = warning(t, "UPDATE", "PT3H");
      TicketSlaBreached breach = breach(t, "update target passed");
      String warned = p.publish(warning);
      String breached = p.publish(breach);
      p.publish(warning, warned); // redelivered
      p.publish(breach, breached); // redelivered
      // Published after the redeliveries: once it is in, they have been read.
      String next =
          p.publish(new TicketUpdatePosted(t, agnes, UUID.randomUUID(), "PUBLIC", "On it", false));
      awaitFor(next, alice);
      assertThat(of(deliveries(warned), agnes)).hasSize(2); // e-mail and inbox
      assertThat(deliveries(breached)).hasSize(4); // the lead's and the business owner's
    }
  }

  private TicketSummary ticket(String priority, String assignee) {
    return ticket(priority, assignee, "RUNNING");
  }

  private TicketSummary ticket(String priority, String assignee, String update) {
    UUID id = UUID.randomUUID();
    return TestTickets.ticket(id, "T-" + id.toString().substring(0, 6))
        .title("Printer offline")
        .status("IN_PROGRESS")
        .priority(priority)
        .requester(alice)
        .assignee(assignee)
        .teamId(team.toString())
        .stakeholders(List.of(new Stakeholder(owen, "BUSINESS_OWNER")))
        .sla(
            new SlaSummary(
                priority + " 24x7",
                null,
                Instant.parse("2026-12-01T18:00:00Z"),
                update.equals("BREACHED") ? BROKEN : DUE,
                "MET",
                "RUNNING",
                update))
        .summary();
  }

  private static TicketSlaWarning warning(TicketSummary t, String clock, String elapsed) {
    String target = clock.equals("RESOLUTION") ? "PT8H" : "PT4H";
    return new TicketSlaWarning(
        t, "system", clock, 1, 0.75, target, DUE, elapsed, "75% of the target used");
  }

  /** The UPDATE clock of {@code t} breached: it was due at 11:00. */
  private static TicketSlaBreached breach(TicketSummary t, String reason) {
    return new TicketSlaBreached(t, "system", "UPDATE", 2, 1, "PT1H", BROKEN, "PT1H", reason);
  }
}
