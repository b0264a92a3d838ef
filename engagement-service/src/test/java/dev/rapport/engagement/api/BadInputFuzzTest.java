package dev.rapport.engagement.api;

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
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the service's own OpenAPI document walked with bad input: never a 5xx, a
 * problem+json 4xx, no row written (the consumers' tables aside: events may still arrive).
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "engagement-service"))
class BadInputFuzzTest {
  private static final Path OPENAPI = Path.of("target/openapi.json");

  /** Written by the consumers from events, never by a request. */
  private static final Set<String> CONSUMER_TABLES =
      Set.of(
          "processed_events",
          "facts",
          "rollups",
          "stock_rollups",
          "ticket_states",
          "survey_ratings");

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
    String adminToken = RapportTestResource.token("fuzz-admin@example.com", "admin");
    String service = UUID.randomUUID().toString();
    FuzzWalk.builder()
        .baseUri(baseUri)
        .operations(FuzzOperations.fetch(baseUri, OPENAPI))
        .tokens(path -> adminToken)
        .errorMediaType(path -> "application/problem+json")
        .pathValues(
            (path, name) ->
                switch (name) {
                  case "team" -> "fuzz-team";
                  case "id" -> service;
                  default -> null;
                })
        .rowCounts(new FuzzRowCounts(dataSource, CONSUMER_TABLES))
        .build()
        .run()
        .assertClean();
  }
}
