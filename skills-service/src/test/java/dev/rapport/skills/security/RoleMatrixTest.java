package dev.rapport.skills.security;

import static io.restassured.RestAssured.given;

import dev.rapport.local.RapportTestResource;
import dev.rapport.local.openapi.RoleMatrix;
import dev.rapport.skills.HandBuilt;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every operation of skills-service's OpenAPI document against its table in docs/security.md. */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "skills-service"))
class RoleMatrixTest {
  @TestHTTPResource("/")
  URI base;

  @Test
  void everyOperationAnswersEveryRoleAsDocsSecurityMdSays() {
    // The lead leads the agent and the requester (one team); the stranger is in another team.
    String tag = HandBuilt.unique("m");
    String requester = "matrix-requester-" + tag + "@example.com";
    String agent = "matrix-agent-" + tag + "@example.com";
    String lead = "matrix-lead-" + tag + "@example.com";
    String admin = "matrix-admin-" + tag + "@example.com";
    String stranger = "matrix-stranger-" + tag + "@example.com";
    UUID requesterId = HandBuilt.person(requester);
    UUID agentId = HandBuilt.person(agent);
    UUID leadId = HandBuilt.person(lead);
    HandBuilt.person(admin);
    UUID strangerId = HandBuilt.person(stranger);
    String team = "Matrix team " + tag;
    String otherTeam = "Matrix other team " + tag;
    UUID teamId = HandBuilt.team(team, leadId, agentId, requesterId);
    HandBuilt.team(otherTeam, strangerId);
    String skill = "Matrix routing " + tag;
    UUID skillId = HandBuilt.skill(skill);
    for (UUID person : new UUID[] {requesterId, agentId, leadId, strangerId}) {
      HandBuilt.level(person, skillId, 2);
    }
    // SCIM operations get a person and a team of their own: DELETE must not take the others.
    UUID scimUser = HandBuilt.person("matrix-scim-" + tag + "@example.com");
    UUID scimGroup = HandBuilt.team("Matrix SCIM team " + tag, scimUser);

    Map<String, String> users =
        Map.of(
            "requester", requester,
            "agent", agent,
            "lead", lead,
            "admin", admin,
            "integration", "matrix-integration-" + tag + "@example.com");
    // Whose person each role acts on: themselves, the one a lead leads, and for an admin (who
    // may not verify themselves) and an integration (no person) someone else.
    Map<String, String> actsOn =
        Map.of(
            "requester", requester,
            "agent", agent,
            "lead", agent,
            "admin", agent,
            "integration", stranger);
    Map<String, String> plans =
        Map.of(
            requester, plan(lead, requester, skill),
            agent, plan(lead, agent, skill),
            stranger, plan(admin, stranger, skill));
    Map<String, String> absences =
        Map.of(
            requester, absence(requester, requester),
            agent, absence(agent, agent),
            stranger, absence(admin, stranger));

    RoleMatrix.forService("skills-service")
        .baseUri(base)
        .tokens(role -> RapportTestResource.token(users.get(role), role))
        .refusingForeignTokens(admin, "admin")
        .pathValues(
            (role, path, parameter, own) -> {
              String person = own ? actsOn.getOrDefault(role, stranger) : stranger;
              return switch (parameter) {
                case "person", "idOrUserName" -> person;
                case "skill" -> skill;
                case "team" -> own ? team : otherTeam;
                case "name" -> "User";
                case "urn" -> "urn:ietf:params:scim:schemas:core:2.0:User";
                case "id" ->
                    path.startsWith("/scim/v2/Users")
                        ? scimUser.toString()
                        : path.startsWith("/scim/v2/Groups")
                            ? scimGroup.toString()
                            : path.startsWith("/api/v1/teams")
                                ? teamId.toString()
                                : path.startsWith("/api/v1/training-plans")
                                    ? plans.get(person)
                                    : absences.get(person);
                default -> throw new IllegalArgumentException(parameter);
              };
            })
        .body("PUT /api/v1/people/{person}/skills/{skill}", "{\"level\":3}")
        .body("POST /api/v1/people/{person}/skills/{skill}/verification", "{\"note\":\"seen\"}")
        .body(
            "POST /api/v1/people/{person}/unavailability",
            "{\"from\":\"2030-01-06T08:00:00Z\",\"until\":\"2030-01-07T17:00:00Z\"}")
        .body("POST /api/v1/skills", "{\"name\":\"Matrix new " + tag + "\",\"category\":\"Net\"}")
        .body("PATCH /api/v1/skills/{skill}", "{\"description\":\"Routing, as the matrix saw\"}")
        .body(
            "PUT /api/v1/teams/{team}/requirements/{skill}", "{\"minimumLevel\":3,\"headcount\":1}")
        .body(
            "POST /api/v1/training-plans",
            "{\"person\":\"" + agent + "\",\"skill\":\"" + skill + "\",\"targetLevel\":5}")
        .body("PATCH /api/v1/training-plans/{id}", "{\"progressPercent\":50}")
        .runLast("POST /api/v1/training-plans/{id}/completion")
        .verify();
  }

  private static RequestSpecification as(String userName, String role) {
    return given()
        .auth()
        .oauth2(RapportTestResource.token(userName, role))
        .contentType(ContentType.JSON);
  }

  private static String plan(String steward, String person, String skill) {
    return as(steward, steward.startsWith("matrix-admin") ? "admin" : "lead")
        .body(Map.of("person", person, "skill", skill, "targetLevel", 4))
        .post("/api/v1/training-plans")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static String absence(String caller, String person) {
    Instant from = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
    return as(caller, caller.startsWith("matrix-admin") ? "admin" : "requester")
        .body(Map.of("from", from.toString(), "until", from.plus(1, ChronoUnit.DAYS).toString()))
        .post("/api/v1/people/{person}/unavailability", person)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
