package dev.rapport.ticket.security;

import static io.restassured.RestAssured.given;

import dev.rapport.local.RapportTestResource;
import dev.rapport.local.openapi.RoleMatrix;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every operation of ticket-service's OpenAPI document against its table in docs/security.md. */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "ticket-service"))
class RoleMatrixTest {
  private static final String REQUESTER = "matrix-requester@example.com";
  private static final String STRANGER = "matrix-stranger@example.com";
  private static final String BUSINESS_HOURS = "00000000-0000-7000-8000-00000000ca02";
  private static final String P4_DEFAULT = "00000000-0000-7000-8000-0000000051a4";

  @TestHTTPResource("/")
  URI base;

  @Test
  void everyOperationAnswersEveryRoleAsDocsSecurityMdSays() {
    // One ticket (with a task) per role, raised by the matrix requester, so that one role's
    // cancel does not change what the next role sees; and one raised by a stranger.
    Map<String, String> tickets = new HashMap<>();
    Map<String, String> tasks = new HashMap<>();
    for (String role : RoleMatrix.ROLES) {
      tickets.put(role, open(REQUESTER));
      tasks.put(role, addTask(tickets.get(role)));
    }
    String strangersTicket = open(STRANGER);
    String strangersTask = addTask(strangersTicket);
    String service =
        as("matrix-admin@example.com", "admin")
            .body(Map.of("name", "Matrix payroll"))
            .post("/api/v1/services")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    RoleMatrix.forService("ticket-service")
        .baseUri(base)
        .tokens(role -> RapportTestResource.token(userName(role), role))
        .refusingForeignTokens("matrix-agent@example.com", "agent")
        .pathValues(
            (role, path, parameter, own) ->
                switch (fixture(path, parameter)) {
                  case "service" -> service;
                  // Admins' PUT and DELETE without If-Match are refused (428): the shipped
                  // business-hours calendar and P4 policy stay as they are.
                  case "calendar" -> BUSINESS_HOURS;
                  case "policy" -> P4_DEFAULT;
                  case "id" -> own ? tickets.getOrDefault(role, strangersTicket) : strangersTicket;
                  case "taskId" -> own ? tasks.getOrDefault(role, strangersTask) : strangersTask;
                  default -> throw new IllegalArgumentException(parameter);
                })
        .body(
            "POST /api/v1/tickets",
            """
            {"type":"INCIDENT","title":"Matrix","description":"Role matrix run",
             "impact":"LOW","urgency":"LOW"}""")
        .body("PATCH /api/v1/tickets/{id}", "{\"category\":\"Network\"}")
        .body("POST /api/v1/tickets/{id}/transitions", "{\"to\":\"CANCELLED\"}")
        .body("POST /api/v1/tickets/{id}/assignment", "{\"teamId\":\"service-desk\"}")
        .body(
            "POST /api/v1/tickets/{id}/updates",
            "{\"visibility\":\"PUBLIC\",\"body\":\"Role matrix update\"}")
        .body("POST /api/v1/tickets/{id}/tasks", "{\"title\":\"Role matrix task\"}")
        .body(
            "POST /api/v1/tickets/{id}/stakeholders",
            "{\"userName\":\"matrix-owner@example.com\",\"level\":\"END_USER\"}")
        .body("POST /api/v1/tickets/{id}/watchers", "{\"userName\":\"matrix-watcher@example.com\"}")
        .body("POST /api/v1/services", "{\"name\":\"Matrix email\"}")
        .body("PUT /api/v1/services/{id}", "{\"name\":\"Matrix payroll\"}")
        .runLast("POST /api/v1/tickets/{id}/transitions")
        .verify();
  }

  private static String fixture(String path, String parameter) {
    if (path.startsWith("/api/v1/services")) {
      return "service";
    }
    if (path.startsWith("/api/v1/calendars")) {
      return "calendar";
    }
    return path.startsWith("/api/v1/sla-policies") ? "policy" : parameter;
  }

  private static String userName(String role) {
    return role.equals("requester") ? REQUESTER : "matrix-" + role + "@example.com";
  }

  private static io.restassured.specification.RequestSpecification as(
      String userName, String role) {
    return given()
        .auth()
        .oauth2(RapportTestResource.token(userName, role))
        .contentType(ContentType.JSON);
  }

  private static String open(String requester) {
    return as(requester, "requester")
        .body(
            Map.of(
                "type", "INCIDENT",
                "title", "Matrix fixture",
                "description", "A ticket for the role matrix",
                "impact", "LOW",
                "urgency", "LOW"))
        .post("/api/v1/tickets")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static String addTask(String ticket) {
    return as("matrix-agent@example.com", "agent")
        .body(Map.of("title", "Check the cable"))
        .post("/api/v1/tickets/{id}/tasks", ticket)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
