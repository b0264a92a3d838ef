package dev.rapport.notification.api;

import static io.restassured.RestAssured.given;

import dev.rapport.local.RapportTestResource;
import dev.rapport.local.openapi.FuzzOperations;
import dev.rapport.local.openapi.FuzzRowCounts;
import dev.rapport.local.openapi.FuzzWalk;
import dev.rapport.local.openapi.RedoclyLint;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the service's own OpenAPI document, walked with bad input: never a 5xx, a
 * problem+json 4xx, no row written.
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "notification-service"))
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
    String token = RapportTestResource.token("fuzz-admin@example.com", "admin");
    String subscription =
        given()
            .auth()
            .oauth2(token)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "kind",
                    "WEBHOOK",
                    "url",
                    "https://bridge.example.com/fuzz",
                    "eventTypes",
                    List.of("rapport.ticket.opened.v1"),
                    "teamId",
                    "fuzz-team-" + UUID.randomUUID()))
            .post("/api/v1/subscriptions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    JsonPath rules =
        given()
            .auth()
            .oauth2(token)
            .get("/api/v1/rules")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String rule =
        rules.get("items") != null ? rules.getString("items[0].id") : rules.getString("[0].id");
    String userName = "fuzz-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    FuzzWalk.builder()
        .baseUri(baseUri)
        .operations(FuzzOperations.fetch(baseUri, OPENAPI))
        .tokens(path -> token)
        .pathValues(
            (path, name) ->
                switch (name) {
                  case "userName" -> userName;
                  case "id" ->
                      path.startsWith("/api/v1/subscriptions")
                          ? subscription
                          : path.startsWith("/api/v1/rules") ? rule : null;
                  default -> null;
                })
        .rowCounts(new FuzzRowCounts(dataSource, Set.of()))
        .build()
        .run()
        .assertClean();
  }
}
