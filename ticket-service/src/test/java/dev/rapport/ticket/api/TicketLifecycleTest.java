package dev.rapport.ticket.api;

import static dev.rapport.ticket.api.Api.agent;
import static dev.rapport.ticket.api.Api.assign;
import static dev.rapport.ticket.api.Api.move;
import static dev.rapport.ticket.api.Api.open;
import static dev.rapport.ticket.api.Api.requester;
import static dev.rapport.ticket.api.Api.uniquePerson;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.rapport.local.RapportTestResource;
import dev.rapport.local.openapi.ContractValidation;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "ticket-service"))
class TicketLifecycleTest {

  @Test
  void raisingATicketAnswersCreatedWithAKeyAndTheMatrixPriority() {
    String alice = uniquePerson("alice");
    var response =
        requester(alice)
            .body(Api.incident("VPN drops every few minutes"))
            .post("/api/v1/tickets")
            .then()
            .statusCode(201)
            .contentType("application/json")
            .header("Location", matchesPattern(".*/api/v1/tickets/[0-9a-f-]{36}"))
            .header("ETag", notNullValue())
            .body("key", matchesPattern("T-\\d{4,}"))
            .body("status", equalTo("NEW"))
            .body("priority", equalTo("P2")) // MEDIUM impact, HIGH urgency
            .body("requester", equalTo(alice))
            .body("progress.completed", equalTo(0))
            .body("progress.total", equalTo(0))
            .extract();
    String key = response.path("key");
    String id = response.path("id");

    // By key as well as by id, for people who read the key off an e-mail.
    requester(alice)
        .get("/api/v1/tickets/{key}", key)
        .then()
        .statusCode(200)
        .body("id", equalTo(id));
  }

  @Test
  void theWholeLifecycleWithHistory() {
    String alice = uniquePerson("alice");
    String id = open(alice);

    assign(id);
    agent()
        .get("/api/v1/tickets/{id}", id)
        .then()
        .body("status", equalTo("ASSIGNED"))
        .body("assignee", equalTo("dana@example.com"))
        .body("teamId", equalTo("service-desk"));
    move(id, "IN_PROGRESS", null);
    move(id, "WAITING_ON_CUSTOMER", "Which floor exactly?");
    // The requester's reply puts the ticket back in progress by itself.
    requester(alice)
        .body(Map.of("visibility", "PUBLIC", "body", "Floor 3, next to the kitchen"))
        .post("/api/v1/tickets/{id}/updates", id)
        .then()
        .statusCode(201);
    agent().get("/api/v1/tickets/{id}", id).then().body("status", equalTo("IN_PROGRESS"));
    move(id, "ON_HOLD", "Waiting for the spare part");
    move(id, "IN_PROGRESS", null);
    agent()
        .body(Map.of("to", "RESOLVED", "reason", "Replaced the fuser unit"))
        .post("/api/v1/tickets/{id}/transitions", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("RESOLVED"))
        .body("resolution", equalTo("Replaced the fuser unit"))
        .body("resolvedAt", notNullValue());
    // The requester rejects the resolution: reopened within the window.
    requester(alice)
        .body(Map.of("to", "IN_PROGRESS", "reason", "Still jams on duplex"))
        .post("/api/v1/tickets/{id}/transitions", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("IN_PROGRESS"))
        .body("resolution", nullValue());
    move(id, "RESOLVED", "Replaced the duplex unit too");
    requester(alice)
        .body(Map.of("to", "CLOSED"))
        .post("/api/v1/tickets/{id}/transitions", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("CLOSED"))
        .body("allowedTransitions.size()", equalTo(0));

    agent()
        .get("/api/v1/tickets/{id}/history", id)
        .then()
        .statusCode(200)
        .body("items.action", hasItems("opened", "assigned", "status-changed", "update-posted"))
        .body(
            "items.findAll { it.field == 'status' }.to",
            contains(
                "ASSIGNED",
                "IN_PROGRESS",
                "WAITING_ON_CUSTOMER",
                "IN_PROGRESS",
                "ON_HOLD",
                "IN_PROGRESS",
                "RESOLVED",
                "IN_PROGRESS",
                "RESOLVED",
                "CLOSED"))
        .body("items[0].actor", equalTo(alice));
  }

  @Test
  void anIllegalMoveIsAConflictListingTheAllowedMoves() {
    String id = open(uniquePerson("alice"));
    agent()
        .body(Map.of("to", "RESOLVED", "reason", "done"))
        .post("/api/v1/tickets/{id}/transitions", id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", containsString("illegal-transition"))
        .body("status", equalTo(409))
        .body("detail", containsString("NEW"))
        .body("allowedTransitions", containsInAnyOrder("ASSIGNED", "CANCELLED"));
  }

  @Test
  void resolvingWithoutANoteIsRefused() {
    String id = open(uniquePerson("alice"));
    assign(id);
    move(id, "IN_PROGRESS", null);
    agent()
        .body(Map.of("to", "RESOLVED"))
        .post("/api/v1/tickets/{id}/transitions", id)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", containsString("resolution-required"));
    agent().get("/api/v1/tickets/{id}", id).then().body("status", equalTo("IN_PROGRESS"));
  }

  @Test
  void aRequesterMayCancelButNotWorkTheTicket() {
    String alice = uniquePerson("alice");
    String id = open(alice);
    requester(alice)
        .body(Map.of("to", "ASSIGNED"))
        .post("/api/v1/tickets/{id}/transitions", id)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    requester(alice)
        .body(Map.of("to", "CANCELLED", "reason", "Found a working printer"))
        .post("/api/v1/tickets/{id}/transitions", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"))
        .body("closedAt", notNullValue());
  }

  @Test
  void aTicketResolvedLongerAgoThanTheWindowCannotBeReopened() throws Exception {
    String alice = uniquePerson("alice");
    String id = open(alice);
    assign(id);
    move(id, "IN_PROGRESS", null);
    move(id, "RESOLVED", "Rebooted the print server");
    try (var db =
            DriverManager.getConnection(RapportTestResource.jdbcUrl(), "postgres", "postgres");
        PreparedStatement backdate =
            db.prepareStatement("update tickets set resolved_at = ? where id = ?")) {
      backdate.setObject(1, java.sql.Timestamp.from(Instant.now().minus(8, ChronoUnit.DAYS)));
      backdate.setObject(2, UUID.fromString(id));
      backdate.executeUpdate();
    }
    // The ticket offers only what the move would accept: no reopen once the window has passed.
    agent().get("/api/v1/tickets/{id}", id).then().body("allowedTransitions", contains("CLOSED"));
    requester(alice)
        .get("/api/v1/tickets/{id}", id)
        .then()
        .body("allowedTransitions", contains("CLOSED"));
    requester(alice)
        .get("/api/v1/tickets")
        .then()
        .body("items.find { it.id == '" + id + "' }.allowedTransitions", contains("CLOSED"));
    agent()
        .body(Map.of("title", "Check the spooler"))
        .post("/api/v1/tickets/{id}/tasks", id)
        .then()
        .statusCode(409)
        .body("detail", containsString("Raise a new ticket"));
    agent()
        .body(Map.of("to", "IN_PROGRESS", "reason", "Broken again"))
        .post("/api/v1/tickets/{id}/transitions", id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", containsString("reopen-window-expired"));
  }

  @Test
  void editingRecomputesPriorityAndRecordsOldAndNew() {
    String id = open(uniquePerson("alice"));
    agent()
        .body(Map.of("impact", "HIGH", "title", "Whole floor cannot print"))
        .patch("/api/v1/tickets/{id}", id)
        .then()
        .statusCode(200)
        .body("priority", equalTo("P1"))
        .body("title", equalTo("Whole floor cannot print"));
    agent()
        .get("/api/v1/tickets/{id}/history", id)
        .then()
        .body("items.find { it.field == 'priority' }.from", equalTo("P2"))
        .body("items.find { it.field == 'priority' }.to", equalTo("P1"));
  }

  @Test
  void aFieldAnEditDoesNotHaveIsRefusedNotIgnored() {
    String id = open(uniquePerson("alice"));
    // The status moves through transitions; an edit that names it must not answer 200 unchanged.
    agent()
        .filter(ContractValidation.invalidRequestOnPurpose())
        .body(Map.of("status", "RESOLVED", "category", "printing"))
        .patch("/api/v1/tickets/{id}", id)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("https://rapport.dev/problems/unknown-field"))
        .body("errors[0].field", equalTo("status"))
        .body("errors[0].message", containsString("businessServiceId, category, description"));
    agent()
        .get("/api/v1/tickets/{id}", id)
        .then()
        .body("status", equalTo("NEW"))
        .body("category", nullValue());
  }

  @Test
  void aStaleIfMatchIsRefusedWithPreconditionFailed() {
    String id = open(uniquePerson("alice"));
    String etag = agent().get("/api/v1/tickets/{id}", id).then().extract().header("ETag");
    agent()
        .header("If-Match", etag)
        .body(Map.of("category", "printing"))
        .patch("/api/v1/tickets/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", org.hamcrest.Matchers.not(equalTo(etag)));
    agent()
        .header("If-Match", etag)
        .body(Map.of("category", "hardware"))
        .patch("/api/v1/tickets/{id}", id)
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
    agent().get("/api/v1/tickets/{id}", id).then().body("category", equalTo("printing"));
  }

  @Test
  void priorityComesFromTheMatrixAdminsEdit() {
    var cells = new java.util.ArrayList<Map<String, String>>();
    for (String impact : new String[] {"HIGH", "MEDIUM", "LOW"}) {
      for (String urgency : new String[] {"HIGH", "MEDIUM", "LOW"}) {
        cells.add(Map.of("impact", impact, "urgency", urgency, "priority", "P4"));
      }
    }
    var defaults =
        agent().get("/api/v1/priority-matrix").then().statusCode(200).extract().body().asString();
    agent().body(Map.of("cells", cells)).put("/api/v1/priority-matrix").then().statusCode(403);
    Api.as("root@example.com", "admin")
        .body(Map.of("cells", cells.subList(0, 8)))
        .put("/api/v1/priority-matrix")
        .then()
        .statusCode(422)
        .contentType("application/problem+json");
    try {
      Api.as("root@example.com", "admin")
          .body(Map.of("cells", cells))
          .put("/api/v1/priority-matrix")
          .then()
          .statusCode(200);
      var body = Api.incident("Everything is P4 now");
      body.put("impact", "HIGH");
      body.put("urgency", "HIGH");
      requester(uniquePerson("alice"))
          .body(body)
          .post("/api/v1/tickets")
          .then()
          .statusCode(201)
          .body("priority", equalTo("P4"));
    } finally {
      Api.as("root@example.com", "admin")
          .body(defaults)
          .put("/api/v1/priority-matrix")
          .then()
          .statusCode(200);
    }
    var body = Api.incident("Back to normal");
    body.put("impact", "HIGH");
    body.put("urgency", "HIGH");
    requester(uniquePerson("alice"))
        .body(body)
        .post("/api/v1/tickets")
        .then()
        .statusCode(201)
        .body("priority", equalTo("P1"));
  }
}
