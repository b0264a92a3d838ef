package dev.rapport.ticket.api;

import static dev.rapport.ticket.api.Api.agent;
import static dev.rapport.ticket.api.Api.open;
import static dev.rapport.ticket.api.Api.requester;
import static dev.rapport.ticket.api.Api.uniquePerson;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

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
class RequesterIsolationTest {

  @Test
  void anotherRequestersTicketDoesNotExistForMe() {
    String alice = uniquePerson("alice");
    String mallory = uniquePerson("mallory");
    String id = open(alice);
    String key = requester(alice).get("/api/v1/tickets/{id}", id).then().extract().path("key");

    requester(mallory)
        .get("/api/v1/tickets/{id}", id)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    requester(mallory).get("/api/v1/tickets/{key}", key).then().statusCode(404);
    requester(mallory).get("/api/v1/tickets/{id}/updates", id).then().statusCode(404);
    requester(mallory).get("/api/v1/tickets/{id}/history", id).then().statusCode(404);
    requester(mallory)
        .body(Map.of("visibility", "PUBLIC", "body", "hi"))
        .post("/api/v1/tickets/{id}/updates", id)
        .then()
        .statusCode(404);
    requester(mallory)
        .body(Map.of("to", "CANCELLED"))
        .post("/api/v1/tickets/{id}/transitions", id)
        .then()
        .statusCode(404);
    requester(mallory)
        .get("/api/v1/tickets")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0));
    // Asking for someone else's tickets by filter does not widen what a requester sees.
    requester(mallory)
        .queryParam("requester", alice)
        .get("/api/v1/tickets")
        .then()
        .body("items.size()", equalTo(0));
  }

  @Test
  void watchersAndStakeholdersSeeTheTicketButCannotActOnIt() {
    String alice = uniquePerson("alice");
    String bob = uniquePerson("bob");
    String cfo = uniquePerson("cfo");
    var body = Api.incident("Payroll run fails");
    body.put("watchers", java.util.List.of(bob));
    String id = open(alice, body);
    agent()
        .body(Map.of("userName", cfo, "level", "EXECUTIVE"))
        .post("/api/v1/tickets/{id}/stakeholders", id)
        .then()
        .statusCode(200)
        .body("stakeholders.userName", hasItem(cfo));

    requester(bob).get("/api/v1/tickets/{id}", id).then().statusCode(200);
    requester(cfo).get("/api/v1/tickets").then().body("items.id", hasItem(id));
    requester(bob)
        .body(Map.of("to", "CANCELLED"))
        .post("/api/v1/tickets/{id}/transitions", id)
        .then()
        .statusCode(403);
  }

  @Test
  void internalNotesNeverReachARequester() {
    String alice = uniquePerson("alice");
    String id = open(alice);
    agent()
        .body(Map.of("visibility", "INTERNAL", "body", "Suspect the user deleted the driver"))
        .post("/api/v1/tickets/{id}/updates", id)
        .then()
        .statusCode(201);
    agent()
        .body(Map.of("visibility", "PUBLIC", "body", "We are on it"))
        .post("/api/v1/tickets/{id}/updates", id)
        .then()
        .statusCode(201);

    requester(alice)
        .get("/api/v1/tickets/{id}/updates", id)
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(1))
        .body("items.visibility", everyItem(equalTo("PUBLIC")))
        .body("items.body", not(hasItem(containsString("driver"))));
    requester(alice)
        .get("/api/v1/tickets/{id}/history", id)
        .then()
        .statusCode(200)
        .body("items.findAll { it.action == 'update-posted' }.to", not(hasItem("INTERNAL")));
    String everything =
        requester(alice).get("/api/v1/tickets/{id}", id).then().extract().asString()
            + requester(alice).get("/api/v1/tickets").then().extract().asString();
    org.assertj.core.api.Assertions.assertThat(everything).doesNotContain("deleted the driver");

    agent().get("/api/v1/tickets/{id}/updates", id).then().body("items.size()", equalTo(2));
  }

  @Test
  void requestersCannotWriteInternalNotesOrEditOrAssign() {
    String alice = uniquePerson("alice");
    String id = open(alice);
    requester(alice)
        .body(Map.of("visibility", "INTERNAL", "body", "psst"))
        .post("/api/v1/tickets/{id}/updates", id)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    requester(alice)
        .body(Map.of("title", "mine now"))
        .patch("/api/v1/tickets/{id}", id)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    requester(alice)
        .body(Map.of("assigneeId", alice))
        .post("/api/v1/tickets/{id}/assignment", id)
        .then()
        .statusCode(403);
    requester(alice)
        .body(Map.of("title", "step"))
        .post("/api/v1/tickets/{id}/tasks", id)
        .then()
        .statusCode(403);
    var onBehalf = Api.incident("For someone else");
    onBehalf.put("requester", uniquePerson("victim"));
    requester(alice).body(onBehalf).post("/api/v1/tickets").then().statusCode(403);
  }

  @Test
  void agentsSeeEveryTicketAndFilterThem() {
    String alice = uniquePerson("alice");
    String first = open(alice);
    String second = open(alice);
    agent()
        .queryParam("requester", alice)
        .get("/api/v1/tickets")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(2))
        .body("items[0].id", equalTo(second)); // newest first by default
    agent()
        .queryParam("requester", alice)
        .queryParam("limit", 1)
        .get("/api/v1/tickets")
        .then()
        .body("items.size()", equalTo(1));
    String cursor =
        agent()
            .queryParam("requester", alice)
            .queryParam("limit", 1)
            .get("/api/v1/tickets")
            .then()
            .extract()
            .path("nextCursor");
    agent()
        .queryParam("requester", alice)
        .queryParam("limit", 1)
        .queryParam("after", cursor)
        .get("/api/v1/tickets")
        .then()
        .body("items[0].id", equalTo(first))
        .body("nextCursor", org.hamcrest.Matchers.nullValue());
    agent()
        .queryParam("requester", alice)
        .queryParam("status", "NEW,ASSIGNED")
        .queryParam("priority", "P2")
        .queryParam("q", "floor 3")
        .get("/api/v1/tickets")
        .then()
        .body("items.size()", equalTo(2));
    agent()
        .queryParam("requester", alice)
        .queryParam("status", "CLOSED")
        .get("/api/v1/tickets")
        .then()
        .body("items.size()", equalTo(0));
    agent()
        .queryParam("requester", alice)
        .queryParam("sort", "createdAt")
        .get("/api/v1/tickets")
        .then()
        .body("items[0].id", equalTo(first));
  }
}
