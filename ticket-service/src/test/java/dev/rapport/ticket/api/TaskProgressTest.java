package dev.rapport.ticket.api;

import static dev.rapport.ticket.api.Api.agent;
import static dev.rapport.ticket.api.Api.requester;
import static dev.rapport.ticket.api.Api.uniquePerson;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.rapport.local.RapportTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "ticket-service"))
class TaskProgressTest {

  @Test
  void completingATaskTellsTheRequesterHowFarTheWorkHasCome() {
    String alice = uniquePerson("alice");
    String id = Api.open(alice, Api.incident("New starter needs a laptop"));
    String[] steps = {"Order laptop", "Install software", "Hand over"};
    String[] taskIds = new String[3];
    for (int i = 0; i < steps.length; i++) {
      taskIds[i] =
          agent()
              .body(Map.of("title", steps[i]))
              .post("/api/v1/tickets/{id}/tasks", id)
              .then()
              .statusCode(201)
              .body("position", equalTo(i + 1))
              .body("done", equalTo(false))
              .extract()
              .path("id");
    }
    agent()
        .post("/api/v1/tickets/{id}/tasks/{t}/completion", id, taskIds[0])
        .then()
        .statusCode(200)
        .body("done", equalTo(true));
    agent()
        .post("/api/v1/tickets/{id}/tasks/{t}/completion", id, taskIds[1])
        .then()
        .statusCode(200);

    requester(alice)
        .get("/api/v1/tickets/{id}", id)
        .then()
        .body("progress.completed", equalTo(2))
        .body("progress.total", equalTo(3));
    requester(alice)
        .get("/api/v1/tickets/{id}/tasks", id)
        .then()
        .body("items.done", contains(true, true, false));
    requester(alice)
        .get("/api/v1/tickets/{id}/updates", id)
        .then()
        .body(
            "items.body",
            contains("1 of 3 steps done: Order laptop.", "2 of 3 steps done: Install software."))
        .body("items.automatic", contains(true, true))
        .body("items.visibility", contains("PUBLIC", "PUBLIC"));

    agent()
        .post("/api/v1/tickets/{id}/tasks/{t}/completion", id, taskIds[1])
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    agent()
        .post("/api/v1/tickets/{id}/tasks/{t}/completion", id, taskIds[2])
        .then()
        .statusCode(200);
    requester(alice)
        .get("/api/v1/tickets/{id}/updates", id)
        .then()
        .body("items[2].body", containsString("All 3 steps done: Hand over"));
  }

  @Test
  void tasksCannotBeAddedToAClosedTicket() {
    String id = Api.open(uniquePerson("alice"));
    agent()
        .body(Map.of("to", "CANCELLED"))
        .post("/api/v1/tickets/{id}/transitions", id)
        .then()
        .statusCode(200);
    agent()
        .body(Map.of("title", "Too late"))
        .post("/api/v1/tickets/{id}/tasks", id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }
}
