package dev.rapport.ticket.api;

import static dev.rapport.ticket.api.Api.as;

import dev.rapport.local.RapportTestResource;
import dev.rapport.local.openapi.FuzzOperations;
import dev.rapport.local.openapi.FuzzRowCounts;
import dev.rapport.local.openapi.FuzzWalk;
import dev.rapport.local.openapi.RedoclyLint;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the service's own OpenAPI document, walked with bad input: never a 5xx, a
 * problem+json 4xx, no row written.
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "ticket-service"))
class BadInputFuzzTest {
  private static final Path OPENAPI = Path.of("target/openapi.json");

  @TestHTTPResource("/")
  URI baseUri;

  @Inject DataSource dataSource;

  @Test
  void theOpenApiDocumentLintsClean() {
    FuzzOperations.fetch(baseUri, OPENAPI);
    RedoclyLint.assertClean(OPENAPI);
  }

  @Test
  void noBadInputGivesA5xxOrWritesARow() {
    String admin = "fuzz-admin@example.com";
    String ticketId = Api.open(Api.uniquePerson("fuzz"));
    String taskId =
        as(admin, "admin")
            .body(Map.of("title", "Check the cabling"))
            .post("/api/v1/tickets/{id}/tasks", ticketId)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String serviceId =
        as(admin, "admin")
            .body(Map.of("name", "Fuzzed payroll"))
            .post("/api/v1/services")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String calendarId =
        as(admin, "admin")
            .body(
                Map.of(
                    "name",
                    "Fuzzed hours",
                    "zone",
                    "UTC",
                    "hours",
                    Map.of("MONDAY", List.of(Map.of("start", "09:00", "end", "17:00")))))
            .post("/api/v1/calendars")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String policyId =
        as(admin, "admin")
            .body(
                Map.of(
                    "name",
                    "Fuzzed payroll P1",
                    "priority",
                    "P1",
                    "businessServiceId",
                    serviceId,
                    "calendar",
                    "Fuzzed hours",
                    "targets",
                    Map.of("response", "PT10M", "resolution", "PT1H", "update", "PT20M")))
            .post("/api/v1/sla-policies")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String token = RapportTestResource.token(admin, "admin");
    FuzzWalk.builder()
        .baseUri(baseUri)
        .operations(FuzzOperations.fetch(baseUri, OPENAPI))
        .tokens(path -> token)
        .pathValues(
            (path, name) ->
                switch (name) {
                  case "taskId" -> taskId;
                  case "id" -> idFor(path, serviceId, calendarId, policyId, ticketId);
                  default -> null;
                })
        .rowCounts(new FuzzRowCounts(dataSource, Set.of()))
        .build()
        .run()
        .assertClean();
  }

  private static String idFor(
      String path, String serviceId, String calendarId, String policyId, String ticketId) {
    if (path.startsWith("/api/v1/services")) {
      return serviceId;
    }
    if (path.startsWith("/api/v1/calendars")) {
      return calendarId;
    }
    return path.startsWith("/api/v1/sla-policies") ? policyId : ticketId;
  }
}
