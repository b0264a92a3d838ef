package dev.rapport.skills.messaging;

import static dev.rapport.skills.messaging.TicketFixture.ticket;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.events.Topics;
import dev.rapport.events.ticket.FieldChange;
import dev.rapport.events.ticket.TicketAssigned;
import dev.rapport.events.ticket.TicketOpened;
import dev.rapport.events.ticket.TicketReopened;
import dev.rapport.events.ticket.TicketResolved;
import dev.rapport.events.ticket.TicketStatusChanged;
import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.events.ticket.TicketUpdated;
import dev.rapport.local.CloudEventWriter;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.local.testing.TestEventWriters;
import dev.rapport.skills.HandBuilt;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Demand, unmet demand, open load and evidence of practice built from real ticket events on the
 * broker, read back through the HTTP API; repeats applied once; poison to the dead-letter topic.
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "skills-service"))
class TicketEventsConsumerTest {
  private static final String DLQ = Topics.deadLetter(Topics.TICKETS, "skills-service");
  private static final Duration PATIENCE = TopicReader.PATIENCE;

  @Inject ObjectMapper json;

  @Test
  void demandLoadAndEvidenceFollowTheTicketEvents() {
    String k8s = HandBuilt.unique("Kubernetes");
    UUID k8sId = HandBuilt.skill(k8s);
    String dns = HandBuilt.unique("DNS");
    UUID dnsId = HandBuilt.skill(dns);
    String quantum = HandBuilt.unique("Quantum"); // not in the catalogue
    String ana = HandBuilt.unique("ana") + "@example.com";
    UUID anaId = HandBuilt.person(ana);
    HandBuilt.level(anaId, k8sId, 3);
    HandBuilt.level(anaId, dnsId, 1); // below the capable level 2
    UUID away = HandBuilt.person(HandBuilt.unique("away"));
    HandBuilt.level(away, dnsId, 4);
    unavailable(
        away, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(1)));
    UUID gone = HandBuilt.person(HandBuilt.unique("gone"));
    HandBuilt.level(gone, dnsId, 5);
    HandBuilt.deactivate(gone);
    String team = HandBuilt.unique("team");

    Instant t0 = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);
    UUID a = UUID.randomUUID();
    List<String> skillsOfA = List.of(k8s.toUpperCase(), dnsId.toString(), quantum);
    try (CloudEventWriter events = tickets()) {
      events.publish(
          new TicketOpened(
              ticket(a, "T-A", "NEW", "P3", null, team, skillsOfA, t0, t0), "req", "broken"));
      UUID b = UUID.randomUUID();
      events.publish(
          new TicketOpened(
              ticket(b, "T-B", "NEW", "P4", null, team, List.of(quantum.toLowerCase()), t0, t0),
              "req",
              "also broken"));
      Instant longAgo = Instant.now().minus(Duration.ofDays(40));
      UUID c = UUID.randomUUID();
      events.publish(
          new TicketOpened(
              ticket(c, "T-C", "NEW", "P3", null, team, List.of(k8s), longAgo, longAgo),
              "req",
              "old"));

      Awaitility.await()
          .atMost(PATIENCE)
          .untilAsserted(
              () ->
                  assertThat(demand(team, null).getList("items.tickets")).containsExactly(2, 1, 1));
      JsonPath demand = demand(team, null);
      assertThat(demand.getString("window")).isEqualTo("P30D");
      // Names outside the catalogue are grouped without regard to case.
      assertThat(demand.getString("items[0].skill")).isEqualToIgnoringCase(quantum);
      assertThat(demand.getList("items.skill").subList(1, 3)).containsExactly(dns, k8s);
      assertThat(demand.getList("items.inCatalogue")).containsExactly(false, true, true);
      assertThat(demand.getList("items.tickets")).containsExactly(2, 1, 1);
      // Nobody holds quantum; dns only below level 2, on leave, or deactivated; ana holds k8s.
      assertThat(demand.getList("items.unmet")).containsExactly(2, 1, 0);
      assertThat(demand.getString("items[0].skillId")).isNull();
      assertThat(demand.getString("items[2].skillId")).isEqualTo(k8sId.toString());
      // T-C, opened 40 days ago, counts in a 60-day window only (it may arrive after T-A and T-B:
      // each ticket has its own key, so its own partition).
      Awaitility.await()
          .atMost(PATIENCE)
          .untilAsserted(
              () ->
                  assertThat(demand(team, "P60D").getList("items.skill").subList(1, 3))
                      .containsExactly(k8s, dns));

      TicketSummary assigned =
          ticket(a, "T-A", "ASSIGNED", "P3", ana, team, skillsOfA, t0, t0.plusSeconds(60));
      events.publish(new TicketAssigned(assigned, "lead", null, null));
      Awaitility.await()
          .atMost(PATIENCE)
          .untilAsserted(() -> assertThat(workload(ana).getInt("openTickets")).isEqualTo(1));
      assertThat(workload(ana).getList("open.key")).containsExactly("T-A");
      assertThat(workload(ana).getList("evidence")).isEmpty();

      resolve(events, a, ana, team, skillsOfA, t0, t0.plusSeconds(120));
      Awaitility.await()
          .atMost(PATIENCE)
          .untilAsserted(() -> assertThat(workload(ana).getList("evidence")).hasSize(2));
      JsonPath practised = workload(ana);
      assertThat(practised.getInt("openTickets")).isZero();
      assertThat(practised.getList("evidence.skill")).containsExactlyInAnyOrder(k8s, dns);
      assertThat(practised.getList("evidence.resolvedTickets")).containsExactly(1, 1);

      TicketSummary reopened =
          ticket(a, "T-A", "IN_PROGRESS", "P3", ana, team, skillsOfA, t0, t0.plusSeconds(180));
      events.publish(new TicketStatusChanged(reopened, ana, "RESOLVED", "IN_PROGRESS", "again"));
      events.publish(new TicketReopened(reopened, "req", "still broken"));
      Awaitility.await()
          .atMost(PATIENCE)
          .untilAsserted(() -> assertThat(workload(ana).getList("evidence")).isEmpty());
      assertThat(workload(ana).getInt("openTickets")).isEqualTo(1);

      resolve(events, a, ana, team, skillsOfA, t0, t0.plusSeconds(240));
      Awaitility.await()
          .atMost(PATIENCE)
          .untilAsserted(
              () ->
                  assertThat(workload(ana).getList("evidence.resolvedTickets"))
                      .containsExactly(1, 1));
      // Still one ticket of demand each: the lifecycle does not count the ticket again.
      assertThat(demand(team, null).getList("items.tickets")).containsExactly(2, 1, 1);
    }
  }

  @Test
  void demandFromTicketsRaisesTheTeamGapAndAnnouncesIt() {
    String skill = HandBuilt.unique("BGP");
    UUID skillId = HandBuilt.skill(skill);
    UUID team = HandBuilt.team(HandBuilt.unique("Network"));
    given()
        .auth()
        .oauth2(RapportTestResource.token("admin@example.com", "admin"))
        .contentType("application/json")
        .body("{\"minimumLevel\":3,\"headcount\":1}")
        .put("/api/v1/teams/{team}/requirements/{skill}", team, skillId)
        .then()
        .statusCode(201);
    Instant t0 = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.MILLIS);
    try (TopicReader gaps = new TopicReader(Topics.SKILLS);
        CloudEventWriter events = tickets()) {
      // Nobody holds it: 50 (coverage) + 25 (no holder) = 75, HIGH, announced by the PUT.
      gaps.await(team.toString(), 1);
      // Five tickets nobody can take: + 5 demand + 15 unmet = 95, CRITICAL.
      for (int i = 0; i < 5; i++) {
        UUID id = UUID.randomUUID();
        events.publish(
            new TicketOpened(
                ticket(id, "T-G" + i, "NEW", "P2", null, team.toString(), List.of(skill), t0, t0),
                "req",
                "BGP session down"));
      }

      List<TopicReader.Event> announced =
          gaps.await(
              team.toString(),
              seen ->
                  seen.stream()
                      .anyMatch(e -> e.data().path("severity").asText().equals("CRITICAL")));
      assertThat(announced)
          .extracting(
              e -> e.data().path("change").asText() + " " + e.data().path("severity").asText())
          .containsExactly("OPENED HIGH", "CHANGED CRITICAL");
      Awaitility.await()
          .atMost(PATIENCE)
          .untilAsserted(
              () ->
                  given()
                      .auth()
                      .oauth2(RapportTestResource.token("lead@example.com", "lead"))
                      .get("/api/v1/teams/{team}/gaps", team)
                      .then()
                      .statusCode(200)
                      .body("items[0].demand", equalTo(5))
                      .body("items[0].unmetDemand", equalTo(5))
                      .body("items[0].score", equalTo(95)));
      // Later tickets keep it CRITICAL: nothing more is announced.
      assertThat(gaps.seen(team.toString())).hasSize(2);
    }
  }

  @Test
  void anUpdateThatAddsASkillRecordsItsDemand() {
    String ansible = HandBuilt.unique("Ansible");
    UUID ansibleId = HandBuilt.skill(ansible);
    String team = HandBuilt.unique("team");
    Instant t0 = Instant.now().minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MILLIS);
    UUID id = UUID.randomUUID();
    try (CloudEventWriter events = tickets()) {
      events.publish(
          new TicketOpened(ticket(id, "T-U", "NEW", "P3", null, team, List.of(), t0, t0), "r", ""));
      events.publish(
          new TicketUpdated(
              ticket(id, "T-U", "NEW", "P3", null, team, List.of(ansible), t0, t0.plusSeconds(5)),
              "agent",
              List.of(new FieldChange("requiredSkills", null, ansible))));
      Awaitility.await()
          .atMost(PATIENCE)
          .untilAsserted(() -> assertThat(demand(team, null).getList("items")).hasSize(1));
      assertThat(demand(team, null).getString("items[0].skillId")).isEqualTo(ansibleId.toString());
      assertThat(demand(team, null).getInt("items[0].unmet")).isEqualTo(1);
    }
  }

  @Test
  void anEventWhoseCeIdWasAppliedIsSkipped() {
    String skill = HandBuilt.unique("Terraform");
    HandBuilt.skill(skill);
    String other = HandBuilt.unique("Puppet");
    String ana = HandBuilt.unique("ana") + "@example.com";
    HandBuilt.person(ana);
    String team = HandBuilt.unique("team");
    Instant t0 = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.MILLIS);
    UUID e = UUID.randomUUID();
    try (CloudEventWriter events = tickets()) {
      TicketOpened opened =
          new TicketOpened(
              ticket(e, "T-E", "NEW", "P3", null, team, List.of(skill), t0, t0), "r", "");
      String ceId = events.publish(opened);
      events.publish(opened, ceId); // redelivered
      // Another event carrying an id already applied (on the same partition) is skipped too.
      UUID f = UUID.randomUUID();
      events.publish(
          new TicketOpened(
              ticket(f, "T-F", "NEW", "P3", null, team, List.of(other), t0, t0), "r", ""),
          ceId,
          e.toString());
      events.publish(
          new TicketAssigned(
              ticket(e, "T-E", "ASSIGNED", "P3", ana, team, List.of(skill), t0, t0.plusSeconds(1)),
              "lead",
              null,
              null));

      Awaitility.await()
          .atMost(PATIENCE)
          .untilAsserted(
              () -> assertThat(workload(ana).getList("open.key")).containsExactly("T-E"));
      JsonPath demand = demand(team, null);
      assertThat(demand.getList("items.skill")).containsExactly(skill);
      assertThat(demand.getList("items.tickets")).containsExactly(1);
    }
  }

  @Test
  void poisonGoesToTheDeadLetterTopicAndLaterEventsAreStillApplied() {
    String skill = HandBuilt.unique("Postgres");
    HandBuilt.skill(skill);
    String team = HandBuilt.unique("team");
    UUID p = UUID.randomUUID();
    String key = p.toString();
    String unknownType = UUID.randomUUID().toString();
    String badJson = UUID.randomUUID().toString();
    Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    try (CloudEventWriter events = tickets()) {
      // A newer producer's type: acknowledged and ignored, not a poison.
      events.send(
          key, "{\"ticket\":{\"id\":\"" + key + "\"}}", unknownType, "rapport.ticket.escalated.v1");
      events.send(key, "{\"ticket\": {not json", badJson, "rapport.ticket.opened.v1");
      events.sendWithoutCloudEventHeaders(key, "hello, I am not a CloudEvent");
      events.publish(
          new TicketOpened(
              ticket(p, "T-P", "NEW", "P2", null, team, List.of(skill), t0, t0), "r", ""));

      Awaitility.await()
          .atMost(PATIENCE)
          .untilAsserted(
              () -> assertThat(demand(team, null).getList("items.skill")).containsExactly(skill));
    }

    try (TopicReader deadLetters = new TopicReader(DLQ)) {
      List<TopicReader.Event> dead = deadLetters.await(key, 2);
      assertThat(dead).extracting(e -> e.header("ce_id")).doesNotContain(unknownType);
      assertThat(dead.get(0).header("ce_id")).isEqualTo(badJson);
      assertThat(dead.get(0).header("dead-letter-reason"))
          .contains("cannot read rapport.ticket.opened.v1 " + badJson);
      assertThat(dead.get(1).value()).isEqualTo("hello, I am not a CloudEvent");
      assertThat(dead.get(1).header("dead-letter-reason")).contains("not a CloudEvent");
    }
  }

  private static void resolve(
      CloudEventWriter events,
      UUID id,
      String assignee,
      String team,
      List<String> skills,
      Instant openedAt,
      Instant at) {
    TicketSummary resolved =
        ticket(id, "T-A", "RESOLVED", "P3", assignee, team, skills, openedAt, at);
    events.publish(new TicketStatusChanged(resolved, assignee, "IN_PROGRESS", "RESOLVED", "fixed"));
    events.publish(new TicketResolved(resolved, assignee, "fixed"));
  }

  /** Ticket events as ticket-service's outbox relay publishes them. */
  private CloudEventWriter tickets() {
    return TestEventWriters.tickets(json);
  }

  private static JsonPath demand(String team, String window) {
    var request = given().auth().oauth2(RapportTestResource.token("lead@example.com", "lead"));
    request.queryParam("team", team);
    if (window != null) {
      request.queryParam("window", window);
    }
    return request.get("/api/v1/demand").then().statusCode(200).extract().jsonPath();
  }

  private static JsonPath workload(String userName) {
    return given()
        .auth()
        .oauth2(RapportTestResource.token("agent@example.com", "agent"))
        .get("/api/v1/people/{person}/workload", userName)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static void unavailable(UUID person, Instant from, Instant until) {
    HandBuilt.update(
        "insert into unavailability (id, person_id, starts_at, ends_at, reason, created_by,"
            + " created_at) values (?, ?, ?, ?, 'leave', 'test', ?)",
        UUID.randomUUID(),
        person,
        Timestamp.from(from),
        Timestamp.from(until),
        Timestamp.from(Instant.now()));
  }
}
