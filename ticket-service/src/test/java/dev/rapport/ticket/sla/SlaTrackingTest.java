package dev.rapport.ticket.sla;

import static dev.rapport.ticket.api.Api.agent;
import static dev.rapport.ticket.api.Api.requester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.rapport.events.Topics;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.ticket.api.Api;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SLA clocks as a ticket's people see them, under the shipped policies (P1 critical on 24x7:
 * response PT15M, update PT1H, resolution PT4H; P2 high: PT30M, PT2H, PT8H): the ticket's {@code
 * sla}, every event's summary, and {@code GET /tickets/{id}/sla} with its timeline (UTC).
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "ticket-service"))
class SlaTrackingTest {
  /** A Tuesday morning; every test starts here on the service's clock. */
  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  @Inject TestClock clock;

  @BeforeEach
  void startTheDay() {
    clock.set(T0);
  }

  @AfterEach
  void resetTheClock() {
    clock.reset();
  }

  @Test
  void aNewTicketsClocksRunWithDuesInTheResponseAndTheEvent() {
    String alice = Api.uniquePerson("alice");
    try (TopicReader topic = new TopicReader(Topics.TICKETS)) {
      String id = Api.open(alice, critical("Payroll run fails"));

      requester(alice)
          .get("/api/v1/tickets/{id}", id)
          .then()
          .statusCode(200)
          .body("sla.policy", equalTo("P1 critical"))
          .body("sla.responseDue", equalTo(at(15)))
          .body("sla.resolutionDue", equalTo(at(240)))
          .body("sla.nextUpdateDue", equalTo(at(60)))
          .body("sla.response", equalTo("RUNNING"))
          .body("sla.resolution", equalTo("RUNNING"))
          .body("sla.update", equalTo("RUNNING"));

      var opened = topic.await(id, 1).get(0).data();
      assertThat(opened.at("/ticket/sla/policy").asText()).isEqualTo("P1 critical");
      assertThat(Instant.parse(opened.at("/ticket/sla/responseDue").asText()))
          .isEqualTo(T0.plus(Duration.ofMinutes(15)));
      assertThat(opened.at("/ticket/sla/update").asText()).isEqualTo("RUNNING");
    }
  }

  @Test
  void theSlaExplainsEachClockAndTheTimeline() {
    String alice = Api.uniquePerson("alice");
    String id = Api.open(alice, critical("Payroll run fails"));
    clock.advance(Duration.ofMinutes(20));

    requester(alice)
        .get("/api/v1/tickets/{id}/sla", id)
        .then()
        .statusCode(200)
        .body("policy", equalTo("P1 critical"))
        .body("calendar", equalTo("24x7"))
        .body("zone", equalTo("UTC"))
        .body("clocks.clock", contains("RESPONSE", "RESOLUTION", "UPDATE"))
        .body("clocks[0].state", equalTo("BREACHED"))
        .body("clocks[0].target", equalTo("PT15M"))
        .body("clocks[0].elapsed", equalTo("PT20M"))
        .body("clocks[0].remaining", equalTo("PT0S"))
        .body("clocks[0].dueAt", equalTo(at(15)))
        .body("clocks[0].milestones.threshold", contains(0.75f, 1.0f))
        .body("clocks[1].state", equalTo("RUNNING"))
        .body("clocks[1].remaining", equalTo("PT3H40M"))
        .body("clocks[1].milestones.at", contains(at(180), at(240)))
        .body(
            "timeline",
            contains(
                "10:00 opened",
                "10:11 response warning (75 %)",
                "10:15 response breached",
                "10:45 update warning due (75 %)",
                "11:00 update due",
                "13:00 resolution warning due (75 %)",
                "14:00 resolution due"));

    Api.as(Api.uniquePerson("mallory"), "requester")
        .get("/api/v1/tickets/{id}/sla", id)
        .then()
        .statusCode(404);
  }

  @Test
  void waitingOnTheCustomerPausesResolutionAndMovesItsDue() {
    String alice = Api.uniquePerson("alice");
    String id = Api.open(alice, critical("VPN down"));
    Api.assign(id);
    Api.move(id, "IN_PROGRESS", null);
    clock.advance(Duration.ofMinutes(10));
    Api.move(id, "WAITING_ON_CUSTOMER", "Which office are you in?");
    clock.advance(Duration.ofMinutes(30));

    ticket(alice, id)
        .body("sla.resolution", equalTo("PAUSED"))
        .body("sla.resolutionDue", nullValue())
        .body("sla.update", equalTo("PAUSED"))
        .body("sla.nextUpdateDue", nullValue());

    requester(alice)
        .body(Map.of("visibility", "PUBLIC", "body", "Leeds"))
        .post("/api/v1/tickets/{id}/updates", id)
        .then()
        .statusCode(201);
    ticket(alice, id)
        .body("status", equalTo("IN_PROGRESS"))
        .body("sla.resolution", equalTo("RUNNING"))
        .body("sla.resolutionDue", equalTo(at(270)))
        .body("sla.nextUpdateDue", equalTo(at(90)));

    requester(alice)
        .get("/api/v1/tickets/{id}/sla", id)
        .then()
        .statusCode(200)
        .body("clocks[1].paused[0].from", equalTo(at(10)))
        .body("clocks[1].paused[0].to", equalTo(at(40)))
        .body("clocks[1].paused[0].reason", equalTo("waiting on customer"))
        .body("clocks[0].paused", empty())
        .body("timeline", hasItem("10:10–10:40 paused: waiting on customer"))
        .body("timeline", hasItem("14:30 resolution due"));
  }

  @Test
  void aReopenResumesResolutionWithTheElapsedTimeKept() {
    String alice = Api.uniquePerson("alice");
    String id = Api.open(alice, critical("Printer on fire"));
    Api.assign(id);
    Api.move(id, "IN_PROGRESS", null);
    clock.advance(Duration.ofHours(1));
    Api.move(id, "RESOLVED", "Extinguished");
    clock.advance(Duration.ofHours(2));
    ticket(alice, id).body("sla.resolution", equalTo("MET")).body("sla.resolutionDue", nullValue());

    requester(alice)
        .body(Map.of("to", "IN_PROGRESS", "reason", "It is smoking again"))
        .post("/api/v1/tickets/{id}/transitions", id)
        .then()
        .statusCode(200);
    ticket(alice, id)
        .body("sla.resolution", equalTo("RUNNING"))
        .body("sla.resolutionDue", equalTo(at(360)));
    requester(alice)
        .get("/api/v1/tickets/{id}/sla", id)
        .then()
        .statusCode(200)
        .body("clocks[1].elapsed", equalTo("PT1H"))
        .body("timeline", hasItems("11:00–13:00 paused: resolved", "16:00 resolution due"));
  }

  @Test
  void publicUpdatesAndCompletedTasksResetTheUpdateClockButInternalNotesDoNot() {
    String alice = Api.uniquePerson("alice");
    try (TopicReader topic = new TopicReader(Topics.TICKETS)) {
      String id = Api.open(alice, critical("Mail bounces"));
      clock.advance(Duration.ofMinutes(20));
      post(id, "INTERNAL", "Looks like the MX record");
      ticket(alice, id)
          .body("sla.nextUpdateDue", equalTo(at(60)))
          .body("sla.response", equalTo("BREACHED"));

      clock.advance(Duration.ofMinutes(10));
      post(id, "PUBLIC", "We are fixing the MX record");
      ticket(alice, id)
          .body("sla.nextUpdateDue", equalTo(at(90)))
          .body("sla.response", equalTo("BREACHED"))
          .body("sla.responseDue", equalTo(at(15)));

      String task =
          agent()
              .body(Map.of("title", "Fix the MX record"))
              .post("/api/v1/tickets/{id}/tasks", id)
              .then()
              .statusCode(201)
              .extract()
              .path("id");
      clock.advance(Duration.ofMinutes(15));
      requester(alice)
          .body(Map.of("visibility", "PUBLIC", "body", "Any news?"))
          .post("/api/v1/tickets/{id}/updates", id)
          .then()
          .statusCode(201);
      ticket(alice, id).body("sla.nextUpdateDue", equalTo(at(90)));

      agent().post("/api/v1/tickets/{id}/tasks/{t}/completion", id, task).then().statusCode(200);
      ticket(alice, id).body("sla.nextUpdateDue", equalTo(at(105)));
      requester(alice)
          .get("/api/v1/tickets/{id}/sla", id)
          .then()
          .statusCode(200)
          .body("clocks[2].cycle", equalTo(3))
          .body("clocks[2].startedAt", equalTo(at(45)))
          .body("timeline", hasItems("10:30 update given (update cycle 2)", "11:45 update due"))
          .body("timeline", not(hasItem(containsString("MX"))));

      List<TopicReader.Event> events =
          topic.await(
              id, e -> e.stream().filter(x -> x.type().contains("update-posted")).count() >= 4);
      List<String> dues =
          events.stream()
              .filter(e -> e.type().equals("rapport.ticket.update-posted.v1"))
              .map(e -> e.data().at("/ticket/sla/nextUpdateDue").asText())
              .toList();
      assertThat(dues).containsExactly(at(60), at(90), at(90), at(105));
    }
  }

  @Test
  void aRaisedPriorityCountsFromTheOpeningWithThePauseStillExcluded() {
    String alice = Api.uniquePerson("alice");
    try (TopicReader topic = new TopicReader(Topics.TICKETS)) {
      Map<String, Object> high = critical("Warehouse scanners offline");
      high.put("impact", "MEDIUM");
      String id = Api.open(alice, high);
      Api.assign(id);
      Api.move(id, "IN_PROGRESS", null);
      clock.advance(Duration.ofHours(1));
      Api.move(id, "WAITING_ON_CUSTOMER", "Which warehouse?");
      clock.advance(Duration.ofHours(2));
      Api.move(id, "IN_PROGRESS", null);
      clock.advance(Duration.ofHours(4));
      ticket(alice, id)
          .body("priority", equalTo("P2"))
          .body("sla.resolution", equalTo("RUNNING"))
          .body("sla.resolutionDue", equalTo(at(600)));

      // Raised to P1 (PT4H) at 17:00 after 5 h counted: breached at once, due 16:00 (from the
      // opening, the two hours waiting still excluded; not 14:00, not 21:00).
      agent()
          .body(Map.of("impact", "HIGH"))
          .patch("/api/v1/tickets/{id}", id)
          .then()
          .statusCode(200);
      ticket(alice, id)
          .body("priority", equalTo("P1"))
          .body("sla.policy", equalTo("P1 critical"))
          .body("sla.resolution", equalTo("BREACHED"))
          .body("sla.resolutionDue", equalTo(at(360)));
      requester(alice)
          .get("/api/v1/tickets/{id}/sla", id)
          .then()
          .statusCode(200)
          .body("clocks[1].elapsed", equalTo("PT5H"))
          .body("clocks[1].paused.reason", contains("waiting on customer"))
          .body(
              "timeline",
              hasItems("11:00–13:00 paused: waiting on customer", "16:00 resolution breached"));
      var updated =
          topic
              .await(
                  id, e -> e.stream().anyMatch(x -> x.type().equals("rapport.ticket.updated.v1")))
              .stream()
              .filter(e -> e.type().equals("rapport.ticket.updated.v1"))
              .findFirst()
              .orElseThrow()
              .data();
      assertThat(updated.at("/ticket/sla/resolution").asText()).isEqualTo("BREACHED");

      clock.advance(Duration.ofMinutes(1));
      agent()
          .body(Map.of("impact", "MEDIUM"))
          .patch("/api/v1/tickets/{id}", id)
          .then()
          .statusCode(200);
      ticket(alice, id)
          .body("sla.policy", equalTo("P2 high"))
          .body("sla.resolution", equalTo("RUNNING"))
          .body("sla.resolutionDue", equalTo(at(600)));
    }
  }

  private static Map<String, Object> critical(String title) {
    Map<String, Object> body = Api.incident(title);
    body.put("impact", "HIGH");
    body.put("urgency", "HIGH");
    return body;
  }

  private static void post(String id, String visibility, String body) {
    agent()
        .body(Map.of("visibility", visibility, "body", body))
        .post("/api/v1/tickets/{id}/updates", id)
        .then()
        .statusCode(201);
  }

  private static ValidatableResponse ticket(String requester, String id) {
    return requester(requester).get("/api/v1/tickets/{id}", id).then().statusCode(200);
  }

  /** T0 plus {@code minutes}, as the API writes instants. */
  private static String at(long minutes) {
    return T0.plus(Duration.ofMinutes(minutes)).toString();
  }
}
