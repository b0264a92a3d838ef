package dev.rapport.skills.api;

import static dev.rapport.skills.api.SkillsApi.admin;
import static dev.rapport.skills.api.SkillsApi.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.rapport.local.RapportTestResource;
import dev.rapport.local.openapi.ContractValidation;
import dev.rapport.skills.HandBuilt;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Only a lead of the team, or an admin, says what the team needs. */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "skills-service"))
class TeamRequirementTest {
  String lead;
  String otherLead;
  String teamName;
  UUID teamId;
  String skill;

  @BeforeEach
  void twoTeams() {
    lead = SkillsApi.userName("lena");
    otherLead = SkillsApi.userName("omar");
    teamName = HandBuilt.unique("Database team");
    teamId = HandBuilt.team(teamName, HandBuilt.person(lead));
    HandBuilt.team(HandBuilt.unique("Other team"), HandBuilt.person(otherLead));
    skill = HandBuilt.unique("PostgreSQL");
    HandBuilt.skill(skill);
  }

  @Test
  void requirementsComeByNameInBoundedPages() {
    String prefix = HandBuilt.unique("Paged");
    for (String suffix : new String[] {"c", "A", "b"}) {
      HandBuilt.skill(prefix + " " + suffix);
      admin()
          .body(Map.of("minimumLevel", 2, "headcount", 1))
          .put("/api/v1/teams/{team}/requirements/{skill}", teamId, prefix + " " + suffix)
          .then()
          .statusCode(201);
    }

    String next =
        admin()
            .queryParam("limit", 2)
            .get("/api/v1/teams/{team}/requirements", teamId)
            .then()
            .statusCode(200)
            .body("items.skillName", contains(prefix + " A", prefix + " b"))
            .extract()
            .path("nextCursor");
    admin()
        .queryParam("limit", 2)
        .queryParam("after", next)
        .get("/api/v1/teams/{team}/requirements", teamId)
        .then()
        .statusCode(200)
        .body("items.skillName", contains(prefix + " c"))
        .body("nextCursor", org.hamcrest.Matchers.nullValue());
    admin()
        .filter(ContractValidation.invalidRequestOnPurpose()) // limit above 200
        .queryParam("limit", 201)
        .get("/api/v1/teams/{team}/requirements", teamId)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("limit"));
  }

  @Test
  void theTeamsLeadSetsAndRemovesRequirements() {
    as(lead, "lead")
        .body(Map.of("minimumLevel", 3, "headcount", 2))
        .put("/api/v1/teams/{team}/requirements/{skill}", teamId, skill)
        .then()
        .statusCode(201)
        .body("skillName", equalTo(skill))
        .body("minimumLevel", equalTo(3))
        .body("minimumLevelLabel", equalTo("Practitioner"))
        .body("headcount", equalTo(2))
        .body("updatedBy", equalTo(lead));
    // By display name too; a replacement answers 200.
    as(lead, "lead")
        .body(Map.of("minimumLevel", 4, "headcount", 1))
        .put("/api/v1/teams/{team}/requirements/{skill}", teamName, skill.toLowerCase())
        .then()
        .statusCode(200)
        .body("minimumLevel", equalTo(4));
    as(SkillsApi.userName("agent"), "agent")
        .get("/api/v1/teams/{team}/requirements", teamId)
        .then()
        .statusCode(200)
        .body("items.skillName", contains(skill))
        .body("items.headcount", contains(1));
    as(lead, "lead")
        .delete("/api/v1/teams/{team}/requirements/{skill}", teamId, skill)
        .then()
        .statusCode(204);
    admin().get("/api/v1/teams/{team}/requirements", teamId).then().body("items", hasSize(0));
    as(lead, "lead")
        .delete("/api/v1/teams/{team}/requirements/{skill}", teamId, skill)
        .then()
        .statusCode(404);
  }

  @Test
  void nobodyElseWritesThem() {
    Map<String, Object> body = Map.of("minimumLevel", 3, "headcount", 2);
    as(otherLead, "lead")
        .body(body)
        .put("/api/v1/teams/{team}/requirements/{skill}", teamId, skill)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    as(SkillsApi.userName("agent"), "agent")
        .body(body)
        .put("/api/v1/teams/{team}/requirements/{skill}", teamId, skill)
        .then()
        .statusCode(403);
    as(SkillsApi.userName("req"), "requester")
        .get("/api/v1/teams/{team}/requirements", teamId)
        .then()
        .statusCode(403);
    admin().get("/api/v1/teams/{team}/requirements", teamId).then().body("items", hasSize(0));

    admin()
        .body(body)
        .put("/api/v1/teams/{team}/requirements/{skill}", teamId, skill)
        .then()
        .statusCode(201)
        .body("updatedBy", equalTo("root@example.com"));
    as(otherLead, "lead")
        .delete("/api/v1/teams/{team}/requirements/{skill}", teamId, skill)
        .then()
        .statusCode(403);
  }

  @Test
  void badInputIsAProblemAndWritesNothing() {
    as(lead, "lead")
        .filter(ContractValidation.invalidRequestOnPurpose()) // minimumLevel above 5
        .body(Map.of("minimumLevel", 6, "headcount", 2))
        .put("/api/v1/teams/{team}/requirements/{skill}", teamId, skill)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", contains("minimumLevel"));
    as(lead, "lead")
        .filter(ContractValidation.invalidRequestOnPurpose()) // headcount below 1
        .body(Map.of("minimumLevel", 3, "headcount", 0))
        .put("/api/v1/teams/{team}/requirements/{skill}", teamId, skill)
        .then()
        .statusCode(400)
        .body("errors.field", contains("headcount"));
    as(lead, "lead")
        .body(Map.of("minimumLevel", 3, "headcount", 1))
        .put("/api/v1/teams/{team}/requirements/{skill}", teamId, HandBuilt.unique("Unknown"))
        .then()
        .statusCode(404)
        .body("detail", containsString("Skill"));
    as(lead, "lead")
        .body(Map.of("minimumLevel", 3, "headcount", 1))
        .put("/api/v1/teams/{team}/requirements/{skill}", UUID.randomUUID(), skill)
        .then()
        .statusCode(404)
        .body("detail", containsString("Team"));
    admin().get("/api/v1/teams/{team}/requirements", teamId).then().body("items", hasSize(0));
  }
}
