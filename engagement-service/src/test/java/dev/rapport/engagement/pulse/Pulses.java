package dev.rapport.engagement.pulse;

import static dev.rapport.local.testing.TestCallers.as;

import dev.rapport.engagement.domain.pulse.PulseRounds;
import dev.rapport.local.openapi.ContractValidation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Requests the pulse tests make, with the roles they make them with. */
final class Pulses {
  static final String PATH = "/api/v1/pulse-surveys";

  private Pulses() {}

  /** A pulse survey's body; change what a test varies in the map answered. */
  static Map<String, Object> survey(
      String teamId, Instant opensAt, Instant closesAt, String recurrence, String... statements) {
    Map<String, Object> body = new HashMap<>();
    body.put("teamId", teamId);
    body.put("title", "How are we doing?");
    body.put("opensAt", opensAt.toString());
    body.put("closesAt", closesAt.toString());
    body.put("recurrence", recurrence);
    body.put("statements", List.of(statements));
    return body;
  }

  /** Schedules as {@code userName} with {@code role}; answers the response to check. */
  static ValidatableResponse schedule(String userName, String role, Map<String, Object> body) {
    return schedule(as(userName, role), body);
  }

  /** Schedules with a body the OpenAPI document refuses, on purpose. */
  static ValidatableResponse scheduleInvalid(String userName, Map<String, Object> body) {
    return schedule(
        as(userName, "lead").filter(ContractValidation.invalidRequestOnPurpose()), body);
  }

  private static ValidatableResponse schedule(RequestSpecification as, Map<String, Object> body) {
    return as.contentType(ContentType.JSON).body(body).post(PATH).then();
  }

  /** Schedules as the team's lead, expecting 201; answers the survey's id. */
  static String scheduled(TestTeam team, Map<String, Object> body) {
    return schedule(team.lead(), "lead", body).statusCode(201).extract().path("id");
  }

  /** Answers as {@code userName} (an agent). */
  static ValidatableResponse answer(
      String userName, String pulseId, int enps, List<Integer> scores, String comment) {
    return answer(as(userName, "agent"), pulseId, enps, scores, comment);
  }

  /** Answers with values the OpenAPI document refuses, on purpose. */
  static ValidatableResponse answerInvalid(
      String userName, String pulseId, int enps, List<Integer> scores) {
    return answer(
        as(userName, "agent").filter(ContractValidation.invalidRequestOnPurpose()),
        pulseId,
        enps,
        scores,
        null);
  }

  private static ValidatableResponse answer(
      RequestSpecification as, String pulseId, int enps, List<Integer> scores, String comment) {
    Map<String, Object> body = new HashMap<>();
    body.put("enps", enps);
    body.put("scores", scores);
    body.put("comment", comment);
    return as.contentType(ContentType.JSON).body(body).post(PATH + "/{id}/answers", pulseId).then();
  }

  /** The round results as {@code userName} with {@code role}. */
  static ValidatableResponse results(String userName, String role, String pulseId) {
    return as(userName, role).get(PATH + "/{id}/results", pulseId).then();
  }

  /** Opens the rounds due by the service's clock now, as the schedule does. */
  static void openDue(PulseRounds rounds) {
    QuarkusTransaction.requiringNew().run(rounds::openDue);
  }
}
