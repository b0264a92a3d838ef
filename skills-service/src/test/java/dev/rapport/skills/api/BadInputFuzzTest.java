package dev.rapport.skills.api;

import static dev.rapport.skills.api.SkillsApi.admin;

import dev.rapport.local.RapportTestResource;
import dev.rapport.local.openapi.FuzzOperations;
import dev.rapport.local.openapi.FuzzRowCounts;
import dev.rapport.local.openapi.FuzzWalk;
import dev.rapport.local.openapi.RedoclyLint;
import dev.rapport.skills.HandBuilt;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the service's own OpenAPI document, /scim/v2 included, walked with bad input:
 * never a 5xx, a problem+json (SCIM error under /scim/v2) 4xx, no row written.
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "skills-service"))
class BadInputFuzzTest {
  private static final Path OPENAPI = Path.of("target/openapi.json");
  private static final String SCIM = "/scim/v2";

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
    String userName = SkillsApi.userName("fuzz");
    UUID person = HandBuilt.person(userName);
    UUID team = HandBuilt.team(HandBuilt.unique("Fuzz team"), person);
    String skill = HandBuilt.unique("Fuzzing");
    UUID skillId = HandBuilt.skill(skill);
    HandBuilt.level(person, skillId, 2);
    admin()
        .body(Map.of("minimumLevel", 3, "headcount", 1))
        .put("/api/v1/teams/{team}/requirements/{skill}", team, skill)
        .then()
        .statusCode(201);
    String plan =
        admin()
            .body(
                Map.of(
                    "person",
                    userName,
                    "skill",
                    skill,
                    "targetLevel",
                    3,
                    "dueDate",
                    LocalDate.now(ZoneOffset.UTC).plusDays(30).toString()))
            .post("/api/v1/training-plans")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String absence =
        admin()
            .body(Map.of("from", "2030-01-01T08:00:00Z", "until", "2030-01-02T17:00:00Z"))
            .post("/api/v1/people/{person}/unavailability", userName)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String adminToken = RapportTestResource.token("fuzz-admin@example.com", "admin");
    String integrationToken = RapportTestResource.token("fuzz-hr@example.com", "integration");
    FuzzWalk.builder()
        .baseUri(baseUri)
        .operations(FuzzOperations.fetch(baseUri, OPENAPI))
        .tokens(path -> path.startsWith(SCIM) ? integrationToken : adminToken)
        .errorMediaType(
            path -> path.startsWith(SCIM) ? "application/scim+json" : "application/problem+json")
        .pathValues(
            (path, name) ->
                switch (name) {
                  case "person", "idOrUserName" -> userName;
                  case "team" -> team.toString();
                  case "skill" -> skill;
                  case "id" ->
                      path.startsWith("/api/v1/training-plans")
                          ? plan
                          : path.contains("/unavailability")
                              ? absence
                              : path.startsWith(SCIM + "/Groups")
                                      || path.startsWith("/api/v1/teams")
                                  ? team.toString()
                                  : person.toString();
                  default -> null;
                })
        .rowCounts(new FuzzRowCounts(dataSource, Set.of()))
        .build()
        .run()
        .assertClean();
  }
}
