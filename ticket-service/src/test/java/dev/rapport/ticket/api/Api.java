package dev.rapport.ticket.api;

import dev.rapport.local.testing.TestCallers;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;

/** Calls the ticket API as a given person with given roles, with a token the service accepts. */
public final class Api {
  private Api() {}

  public static RequestSpecification as(String userName, String... roles) {
    return TestCallers.as(userName, roles).contentType(ContentType.JSON).accept(ContentType.JSON);
  }

  public static RequestSpecification requester(String userName) {
    return as(userName, "requester");
  }

  public static RequestSpecification agent() {
    return as("dana@example.com", "agent");
  }

  /** A person name no other test uses, so that lists and counts stay this test's own. */
  public static String uniquePerson(String prefix) {
    return TestCallers.userName(prefix);
  }

  public static Map<String, Object> incident(String title) {
    Map<String, Object> body = new HashMap<>();
    body.put("type", "INCIDENT");
    body.put("title", title);
    body.put("description", "Nothing prints since this morning; the queue shows 40 jobs stuck.");
    body.put("impact", "MEDIUM");
    body.put("urgency", "HIGH");
    return body;
  }

  /** Raises a ticket as {@code requester} and answers its id. */
  public static String open(String requester, Map<String, Object> body) {
    return requester(requester)
        .body(body)
        .post("/api/v1/tickets")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  public static String open(String requester) {
    return open(requester, incident("Printer on floor 3 is jammed"));
  }

  /** Moves a ticket as the default agent and answers the response body's status. */
  public static String move(String id, String to, String reason) {
    Map<String, Object> body = new HashMap<>();
    body.put("to", to);
    body.put("reason", reason);
    return agent()
        .body(body)
        .post("/api/v1/tickets/{id}/transitions", id)
        .then()
        .statusCode(200)
        .extract()
        .path("status");
  }

  public static void assign(String id) {
    agent()
        .body(Map.of("assigneeId", "dana@example.com", "teamId", "service-desk"))
        .post("/api/v1/tickets/{id}/assignment", id)
        .then()
        .statusCode(200);
  }
}
