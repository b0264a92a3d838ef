package dev.rapport.ticket.api;

import static dev.rapport.ticket.api.Api.agent;
import static dev.rapport.ticket.api.Api.requester;
import static dev.rapport.ticket.api.Api.uniquePerson;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.rapport.local.RapportTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "ticket-service"))
class BusinessServiceTest {

  private static io.restassured.specification.RequestSpecification admin() {
    return Api.as("root@example.com", "admin");
  }

  @Test
  void aTicketOnABusinessServiceInheritsItsStakeholders() {
    String name = "Payroll " + uniquePerson("svc");
    String cfo = uniquePerson("cfo");
    String hr = uniquePerson("hr");
    String serviceId =
        admin()
            .body(
                Map.of(
                    "name",
                    name,
                    "description",
                    "Monthly salary runs",
                    "owner",
                    hr,
                    "stakeholders",
                    List.of(
                        Map.of("userName", cfo, "level", "EXECUTIVE"),
                        Map.of("userName", hr, "level", "BUSINESS_OWNER"))))
            .post("/api/v1/services")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    var body = Api.incident("Payslips not generated");
    body.put("businessServiceId", serviceId);
    String ticketId = Api.open(uniquePerson("alice"), body);
    agent()
        .get("/api/v1/tickets/{id}", ticketId)
        .then()
        .body("businessService.name", equalTo(name))
        .body("stakeholders.userName", containsInAnyOrder(cfo, hr))
        .body("stakeholders.level", containsInAnyOrder("EXECUTIVE", "BUSINESS_OWNER"));
    // Stakeholders see the ticket.
    requester(cfo).get("/api/v1/tickets/{id}", ticketId).then().statusCode(200);
    agent()
        .queryParam("businessService", serviceId)
        .get("/api/v1/tickets")
        .then()
        .body("items.id", hasItem(ticketId));
  }

  @Test
  void onlyAdminsWriteTheCatalogueAndNamesAreUnique() {
    String name = "Email " + uniquePerson("svc");
    agent()
        .body(Map.of("name", name))
        .post("/api/v1/services")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    var created =
        admin()
            .body(Map.of("name", name))
            .post("/api/v1/services")
            .then()
            .statusCode(201)
            .extract();
    admin()
        .body(Map.of("name", name.toUpperCase()))
        .post("/api/v1/services")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", containsString("duplicate-business-service"));
    String id = created.path("id");
    String etag = created.header("ETag");
    admin()
        .header("If-Match", etag)
        .body(Map.of("name", name, "description", "Mail for all"))
        .put("/api/v1/services/{id}", id)
        .then()
        .statusCode(200)
        .body("description", equalTo("Mail for all"));
    admin()
        .header("If-Match", etag)
        .body(Map.of("name", name, "description", "stale"))
        .put("/api/v1/services/{id}", id)
        .then()
        .statusCode(412);
    requester(uniquePerson("alice"))
        .get("/api/v1/services")
        .then()
        .statusCode(200)
        .body("items.name", hasItem(name));
  }

  @Test
  void aRetriedCreateWithTheSameKeyAddsTheServiceOnce() {
    String key = java.util.UUID.randomUUID().toString();
    var body = Map.of("name", "VPN " + uniquePerson("svc"));
    String first =
        admin()
            .header("Idempotency-Key", key)
            .body(body)
            .post("/api/v1/services")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    admin()
        .header("Idempotency-Key", key)
        .body(body)
        .post("/api/v1/services")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(first));
  }
}
