package dev.rapport.ticket.api;

import static dev.rapport.ticket.api.Api.agent;
import static dev.rapport.ticket.api.Api.requester;
import static dev.rapport.ticket.api.Api.uniquePerson;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import dev.rapport.local.RapportTestResource;
import dev.rapport.local.openapi.ContractValidation;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input is a 4xx problem+json a portal developer can act on, and writes nothing. */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "ticket-service"))
class ValidationTest {
  private static final String PROBLEM = "application/problem+json";

  @Test
  void missingFieldsAreListedOneByOne() {
    String alice = uniquePerson("alice");
    requester(alice)
        .filter(
            ContractValidation
                .invalidRequestOnPurpose()) // the required fields are missing on purpose
        .body(Map.of("title", "Help"))
        .post("/api/v1/tickets")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("status", equalTo(400))
        .body("title", org.hamcrest.Matchers.notNullValue())
        .body("errors.field", hasItems("type", "description", "impact", "urgency"));
    requester(alice).get("/api/v1/tickets").then().body("items.size()", equalTo(0));
  }

  @Test
  void aWrongEnumValueNamesTheFieldAndTheAcceptedValues() {
    var body = Api.incident("Bad impact");
    body.put("impact", "CATASTROPHIC");
    requester(uniquePerson("alice"))
        .filter(ContractValidation.invalidRequestOnPurpose())
        .body(body)
        .post("/api/v1/tickets")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("detail", containsString("impact"))
        .body("detail", containsString("HIGH"));
  }

  @Test
  void oversizeTextIsRefused() {
    var body = Api.incident("x".repeat(201));
    requester(uniquePerson("alice"))
        .filter(ContractValidation.invalidRequestOnPurpose())
        .body(body)
        .post("/api/v1/tickets")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors.field", hasItem("title"));
    var longDescription = Api.incident("Long");
    longDescription.put("description", "y".repeat(10_001));
    requester(uniquePerson("alice"))
        .filter(ContractValidation.invalidRequestOnPurpose())
        .body(longDescription)
        .post("/api/v1/tickets")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("description"));
  }

  @Test
  void blankNamesAreRefused() {
    var onBehalf = Api.incident("For nobody");
    onBehalf.put("requester", "  ");
    agent()
        .filter(ContractValidation.invalidRequestOnPurpose())
        .body(onBehalf)
        .post("/api/v1/tickets")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors.field", hasItem("requester"));
    String id = Api.open(uniquePerson("alice"));
    agent()
        .filter(ContractValidation.invalidRequestOnPurpose())
        .body(Map.of("assigneeId", " "))
        .post("/api/v1/tickets/{id}/assignment", id)
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors.field", hasItem("assigneeId"));
    agent().get("/api/v1/tickets/{id}", id).then().body("status", equalTo("NEW"));
  }

  @Test
  void malformedJsonIsABadRequest() {
    requester(uniquePerson("alice"))
        .filter(ContractValidation.invalidRequestOnPurpose())
        .body("{\"type\": \"INCIDENT\", \"title\": ")
        .post("/api/v1/tickets")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", containsString("malformed-json"));
  }

  @Test
  void anEmptyBodyIsABadRequest() {
    requester(uniquePerson("alice"))
        .filter(ContractValidation.invalidRequestOnPurpose())
        .post("/api/v1/tickets")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
  }

  @Test
  void aWrongContentTypeIsUnsupported() {
    requester(uniquePerson("alice"))
        .filter(ContractValidation.invalidRequestOnPurpose())
        .contentType("text/plain")
        .body("printer broken")
        .post("/api/v1/tickets")
        .then()
        .statusCode(415)
        .contentType(PROBLEM);
  }

  @Test
  void aReadIgnoresTheContentTypeHeader() {
    // Some HTTP clients send a Content-Type on every request; a GET has no body to refuse.
    String alice = uniquePerson("alice");
    String id = Api.open(alice);
    requester(alice)
        .contentType("text/html")
        .get("/api/v1/tickets/{id}", id)
        .then()
        .statusCode(200);
  }

  @Test
  void badQueryParametersAreNamed() {
    agent()
        .queryParam("status", "OPENISH")
        .get("/api/v1/tickets")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("detail", containsString("status"))
        .body("detail", containsString("IN_PROGRESS"));
    agent()
        .queryParam("sort", "colour")
        .get("/api/v1/tickets")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", containsString("invalid-sort"));
    agent()
        .queryParam("after", "not-a-cursor")
        .get("/api/v1/tickets")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", containsString("invalid-cursor"));
    agent()
        .filter(ContractValidation.invalidRequestOnPurpose())
        .queryParam("limit", 1000)
        .get("/api/v1/tickets")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
  }

  @Test
  void unknownTicketsAndTasksAreNotFound() {
    agent().get("/api/v1/tickets/{id}", "T-999999999").then().statusCode(404).contentType(PROBLEM);
    agent()
        .get("/api/v1/tickets/{id}", "no-such-thing")
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
    String id = Api.open(uniquePerson("alice"));
    agent()
        .post("/api/v1/tickets/{id}/tasks/{task}/completion", id, java.util.UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
    agent()
        .post("/api/v1/tickets/{id}/tasks/{task}/completion", id, "nope")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
  }

  @Test
  void anUnknownBusinessServiceIsRefusedWithoutCreatingATicket() {
    String alice = uniquePerson("alice");
    var body = Api.incident("On a service that does not exist");
    body.put("businessServiceId", java.util.UUID.randomUUID().toString());
    requester(alice)
        .body(body)
        .post("/api/v1/tickets")
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("type", containsString("unknown-business-service"));
    requester(alice).get("/api/v1/tickets").then().body("items.size()", equalTo(0));
  }

  @Test
  void withoutATokenNothingButHealthMetricsAndOpenApiAnswers() {
    given()
        .filter(ContractValidation.invalidRequestOnPurpose())
        .get("/api/v1/tickets")
        .then()
        .statusCode(401);
    given()
        .header("Authorization", "Bearer not.a.token")
        .get("/api/v1/tickets")
        .then()
        .statusCode(401);
    given().get("/q/health/ready").then().statusCode(200);
    given().get("/q/health/live").then().statusCode(200);
    given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    given()
        .queryParam("format", "json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/tickets"))
        // The scheme the operations require is the one the document defines.
        .body("components.securitySchemes.jwt.scheme", equalTo("bearer"))
        .body("paths['/api/v1/tickets'].post.security[0]", org.hamcrest.Matchers.hasKey("jwt"));
  }

  @Test
  void aTokenIsRefusedOnceItExpiresEvenIfItWasAcceptedBefore() {
    String token =
        RapportTestResource.token(java.time.Duration.ofSeconds(2), "erin@example.com", "agent");
    given().auth().oauth2(token).get("/api/v1/priority-matrix").then().statusCode(200);
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(30))
        .pollInterval(java.time.Duration.ofMillis(250))
        .untilAsserted(
            () ->
                given().auth().oauth2(token).get("/api/v1/priority-matrix").then().statusCode(401));
  }

  @Test
  void theLaunchersDevelopmentTokenIsAccepted() {
    // RapportTestResource signs with DevTokens, the code behind `./rapport token`.
    given()
        .auth()
        .oauth2(RapportTestResource.token("erin@example.com", "agent"))
        .get("/api/v1/tickets")
        .then()
        .statusCode(200);
  }
}
