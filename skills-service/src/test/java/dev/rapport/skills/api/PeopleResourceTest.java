package dev.rapport.skills.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.rapport.local.RapportTestResource;
import dev.rapport.skills.HandBuilt;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The read-only people and team API for portals: who sees whom. */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "skills-service"))
class PeopleResourceTest {

  private static RequestSpecification as(String userName, String... roles) {
    return given().auth().oauth2(RapportTestResource.token(userName, roles));
  }

  @Test
  void staffListPeopleFilteredAndByCursor() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    UUID ann = HandBuilt.person("ann." + tag + "@example.com");
    UUID bob = HandBuilt.person("bob." + tag + "@example.com");
    UUID cyd = HandBuilt.person("cyd." + tag + "@example.com");
    HandBuilt.deactivate(cyd);
    UUID team = HandBuilt.team("Team " + tag, ann, cyd);

    String next =
        as("agent@example.com", "agent")
            .queryParam("q", tag.toUpperCase())
            .queryParam("limit", 2)
            .get("/api/v1/people")
            .then()
            .statusCode(200)
            .body(
                "items.userName",
                contains("ann." + tag + "@example.com", "bob." + tag + "@example.com"))
            .body("items[0].teams[0].id", equalTo(team.toString()))
            .body("items[0].teams[0].name", equalTo("Team " + tag))
            .body("nextCursor", notNullValue())
            .extract()
            .path("nextCursor");
    as("lead@example.com", "lead")
        .queryParam("q", tag)
        .queryParam("limit", 2)
        .queryParam("after", next)
        .get("/api/v1/people")
        .then()
        .body("items.userName", contains("cyd." + tag + "@example.com"))
        .body("items[0].active", equalTo(false))
        .body("nextCursor", nullValue());
    as("hr@example.com", "integration")
        .queryParam("team", team.toString())
        .queryParam("active", true)
        .get("/api/v1/people")
        .then()
        .body("items.id", contains(ann.toString()));
    as("admin@example.com", "admin")
        .queryParam("team", "not-a-uuid")
        .get("/api/v1/people")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"));
    as("req@example.com", "requester").get("/api/v1/people").then().statusCode(403);
  }

  @Test
  void aPersonSeesThemselvesAndNobodyElse() {
    String me = "me-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    UUID myId = HandBuilt.person(me);
    UUID otherId = HandBuilt.person(HandBuilt.unique("other") + "@example.com");

    as(me.toUpperCase(), "requester")
        .get("/api/v1/people/me")
        .then()
        .statusCode(200)
        .body("id", equalTo(myId.toString()))
        .body("userName", equalTo(me));
    as(me, "requester").get("/api/v1/people/{id}", myId).then().statusCode(200);
    as(me, "requester")
        .get("/api/v1/people/{u}", me)
        .then()
        .statusCode(200)
        .body("id", equalTo(myId.toString()));
    as(me, "requester")
        .get("/api/v1/people/{id}", otherId)
        .then()
        .statusCode(404)
        .contentType(startsWith("application/problem+json"));
    as("agent@example.com", "agent").get("/api/v1/people/{id}", otherId).then().statusCode(200);
    as("stranger@example.com", "agent")
        .get("/api/v1/people/me")
        .then()
        .statusCode(404)
        .contentType(startsWith("application/problem+json"))
        .body("type", equalTo("https://rapport.dev/problems/not-provisioned"));
  }

  @Test
  void aPersonWithoutADisplayNameIsShownByTheirName() {
    String userName = HandBuilt.unique("kim") + "@example.com";
    UUID id = HandBuilt.person(userName);
    HandBuilt.update(
        "update people set display_name = null, given_name = 'Kim', family_name = 'Park'"
            + " where id = ?",
        id);

    as("agent@example.com", "agent")
        .get("/api/v1/people/{id}", id)
        .then()
        .statusCode(200)
        .body("displayName", equalTo("Kim Park"));
  }

  @Test
  void staffSeeTeamsWithMembers() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    UUID ann = HandBuilt.person("ann." + tag + "@example.com");
    UUID bob = HandBuilt.person("bob." + tag + "@example.com");
    UUID team = HandBuilt.team("AAA Team " + tag, ann, bob);

    as("agent@example.com", "agent")
        .get("/api/v1/teams/{id}", team)
        .then()
        .statusCode(200)
        .body("name", equalTo("AAA Team " + tag))
        .body(
            "members.userName",
            contains("ann." + tag + "@example.com", "bob." + tag + "@example.com"))
        .body("members[0].active", equalTo(true));
    as("lead@example.com", "lead")
        .queryParam("limit", 200)
        .get("/api/v1/teams")
        .then()
        .statusCode(200)
        .body("items.find { it.id == '" + team + "' }.memberCount", equalTo(2));
    as("lead@example.com", "lead")
        .queryParam("limit", 1)
        .get("/api/v1/teams")
        .then()
        .body("items", hasSize(1))
        .body("nextCursor", notNullValue());
    as("agent@example.com", "agent")
        .get("/api/v1/teams/{id}", UUID.randomUUID())
        .then()
        .statusCode(404);
    as("req@example.com", "requester").get("/api/v1/teams/{id}", team).then().statusCode(403);
  }
}
