package dev.rapport.ticket.api;

import static dev.rapport.ticket.api.Api.agent;
import static dev.rapport.ticket.api.Api.assign;
import static dev.rapport.ticket.api.Api.move;
import static dev.rapport.ticket.api.Api.requester;
import static dev.rapport.ticket.api.Api.uniquePerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.rapport.local.RapportTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A CLOSED or CANCELLED ticket takes no more posts: each operation answers 409 saying to raise a
 * new ticket, and writes nothing.
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "ticket-service"))
class FinishedTicketsTest {

  @ParameterizedTest
  @ValueSource(strings = {"CLOSED", "CANCELLED"})
  void noOperationChangesAFinishedTicket(String finalStatus) {
    String alice = uniquePerson("alice");
    String id = Api.open(alice);
    assign(id);
    move(id, "IN_PROGRESS", null);
    String taskId =
        agent()
            .body(Map.of("title", "Swap the toner"))
            .post("/api/v1/tickets/{id}/tasks", id)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    if (finalStatus.equals("CLOSED")) {
      move(id, "RESOLVED", "Swapped the toner");
    }
    move(id, finalStatus, "Done here");
    String before = snapshot(id);

    Map<String, Function<String, Response>> operations =
        Map.of(
            "requester posts an update",
            t ->
                requester(alice)
                    .body(Map.of("visibility", "PUBLIC", "body", "Still broken"))
                    .post("/api/v1/tickets/{id}/updates", t),
            "agent posts a note",
            t ->
                agent()
                    .body(Map.of("visibility", "INTERNAL", "body", "Late note"))
                    .post("/api/v1/tickets/{id}/updates", t),
            "agent adds a task",
            t -> agent().body(Map.of("title", "One more")).post("/api/v1/tickets/{id}/tasks", t),
            "agent completes a task",
            t -> agent().post("/api/v1/tickets/{id}/tasks/{task}/completion", t, taskId),
            "requester adds a watcher",
            t ->
                requester(alice)
                    .body(Map.of("userName", uniquePerson("bob")))
                    .post("/api/v1/tickets/{id}/watchers", t),
            "agent adds a stakeholder",
            t ->
                agent()
                    .body(Map.of("userName", uniquePerson("cfo"), "level", "EXECUTIVE"))
                    .post("/api/v1/tickets/{id}/stakeholders", t),
            "agent assigns",
            t ->
                agent()
                    .body(Map.of("assigneeId", "erin@example.com"))
                    .post("/api/v1/tickets/{id}/assignment", t),
            "agent edits",
            t -> agent().body(Map.of("title", "Renamed late")).patch("/api/v1/tickets/{id}", t));

    operations.forEach(
        (name, operation) ->
            operation
                .apply(id)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", containsString("ticket-not-open"))
                .body("currentStatus", equalTo(finalStatus))
                .body("detail", containsString("Raise a new ticket")));

    assertThat(snapshot(id)).as("nothing written").isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasks", "assignment"})
  void workOnAResolvedTicketWithinTheWindowSaysToReopenIt(String operation) {
    String id = Api.open(uniquePerson("alice"));
    assign(id);
    move(id, "IN_PROGRESS", null);
    move(id, "RESOLVED", "Swapped the toner");

    agent()
        .body(
            operation.equals("tasks")
                ? Map.of("title", "One more")
                : Map.of("assigneeId", "erin@example.com"))
        .post("/api/v1/tickets/{id}/" + operation, id)
        .then()
        .statusCode(409)
        .body("type", containsString("ticket-not-open"))
        .body("reopenable", equalTo(true))
        .body("detail", containsString("Reopen it first"));
  }

  /** The ticket with its version, updates, tasks and history, as IT sees them. */
  private static String snapshot(String id) {
    return agent().get("/api/v1/tickets/{id}", id).asString()
        + agent().get("/api/v1/tickets/{id}/updates?limit=200", id).asString()
        + agent().get("/api/v1/tickets/{id}/tasks?limit=200", id).asString()
        + agent().get("/api/v1/tickets/{id}/history?limit=200", id).asString();
  }
}
