package dev.rapport.engagement.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.engagement.TestClock;
import dev.rapport.engagement.domain.TeamRoster;
import dev.rapport.engagement.domain.pulse.PulseRounds;
import dev.rapport.engagement.survey.SurveyFlow;
import dev.rapport.events.people.PersonSnapshot;
import dev.rapport.events.people.TeamRef;
import dev.rapport.local.CloudEventWriter;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.local.openapi.RoleMatrix;
import dev.rapport.local.testing.TestCallers;
import dev.rapport.local.testing.TestEventWriters;
import dev.rapport.local.testing.TestPeople;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every operation of engagement-service's OpenAPI document against its table in docs/security.md.
 * Each role has a survey of its own (a ticket it raised resolved) and is a member of a team with a
 * pulse round open; "someone else's" is a stranger's survey and another team's pulse.
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "engagement-service"))
class RoleMatrixTest {
  private static final Instant NOW = Instant.parse("2031-03-03T09:00:00Z");

  @TestHTTPResource("/")
  URI base;

  @Inject ObjectMapper json;
  @Inject TestClock clock;
  @Inject TeamRoster roster;
  @Inject PulseRounds rounds;

  @AfterEach
  void systemTime() {
    clock.reset();
  }

  @Test
  void everyOperationAnswersEveryRoleAsDocsSecurityMdSays() {
    Map<String, String> users = new HashMap<>();
    for (String role : RoleMatrix.ROLES) {
      users.put(role, TestCallers.userName("matrix-" + role));
    }
    String stranger = TestCallers.userName("matrix-stranger");
    UUID teamId = UUID.randomUUID();
    UUID otherTeamId = UUID.randomUUID();
    String team = teamId.toString();
    String otherTeam = otherTeamId.toString();
    // Everyone but the integration is in the team (the lead leads it); the stranger is elsewhere.
    try (CloudEventWriter people = TestEventWriters.people(json)) {
      member(people, users.get("requester"), teamId, PersonSnapshot.REQUESTER);
      member(people, users.get("agent"), teamId, PersonSnapshot.AGENT);
      member(people, users.get("lead"), teamId, PersonSnapshot.LEAD);
      member(people, users.get("admin"), teamId, PersonSnapshot.ADMIN);
      member(people, stranger, otherTeamId, PersonSnapshot.LEAD);
    }
    Awaitility.await()
        .atMost(TopicReader.PATIENCE)
        .until(
            () ->
                QuarkusTransaction.requiringNew()
                    .call(
                        () ->
                            roster.membersOf(team).size() == 4
                                && roster.membersOf(otherTeam).size() == 1));

    Map<String, String> surveys = new HashMap<>();
    String strangersSurvey;
    try (SurveyFlow flow = new SurveyFlow(json)) {
      for (String role : RoleMatrix.ROLES) {
        surveys.put(
            role,
            flow.resolveAndAwaitRequest(UUID.randomUUID(), users.get(role)).survey().toString());
      }
      strangersSurvey =
          flow.resolveAndAwaitRequest(UUID.randomUUID(), stranger).survey().toString();
    }

    clock.set(NOW);
    String pulse = schedule(users.get("lead"), "lead", team);
    String otherPulse = schedule(stranger, "lead", otherTeam);
    QuarkusTransaction.requiringNew().run(rounds::openDue);
    String service = UUID.randomUUID().toString();

    RoleMatrix.forService("engagement-service")
        .baseUri(base)
        .tokens(role -> RapportTestResource.token(users.get(role), role))
        .refusingForeignTokens(users.get("admin"), "admin")
        .pathValues(
            (role, path, parameter, own) ->
                switch (parameter) {
                  case "team" -> own ? team : otherTeam;
                  case "token" -> "not-a-survey-token";
                  case "id" ->
                      path.startsWith("/api/v1/surveys/")
                          ? own ? surveys.getOrDefault(role, strangersSurvey) : strangersSurvey
                          : path.startsWith("/api/v1/pulse-surveys/")
                              ? own ? pulse : otherPulse
                              : service;
                  default -> throw new IllegalArgumentException(parameter);
                })
        .body("POST /api/v1/surveys/{id}/answer", "{\"rating\":4}")
        .body("PUT /api/v1/surveys/preferences", "{\"optedOut\":false}")
        .body("POST /api/v1/pulse-surveys", json(pulseBody(team)))
        .body("PUT /api/v1/pulse-surveys/{id}", json(pulseBody(team)))
        .body("POST /api/v1/pulse-surveys/{id}/answers", "{\"enps\":9,\"scores\":[4]}")
        .verify();
  }

  private static void member(CloudEventWriter people, String userName, UUID team, String role) {
    people.publish(
        TestPeople.provisioned(
            TestPeople.person(UUID.randomUUID(), userName)
                .roles(List.of(role))
                .teams(List.of(new TeamRef(team, "Matrix team " + team)))
                .snapshot()));
  }

  private static Map<String, Object> pulseBody(String team) {
    Map<String, Object> body = new HashMap<>();
    body.put("teamId", team);
    body.put("title", "Matrix pulse");
    body.put("opensAt", NOW.toString());
    body.put("closesAt", NOW.plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS).toString());
    body.put("recurrence", "NONE");
    body.put("statements", List.of("I can do my best work here"));
    return body;
  }

  private static String schedule(String userName, String role, String team) {
    return TestCallers.as(userName, role)
        .contentType(ContentType.JSON)
        .body(pulseBody(team))
        .post("/api/v1/pulse-surveys")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private String json(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
