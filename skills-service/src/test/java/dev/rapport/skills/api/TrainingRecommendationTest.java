package dev.rapport.skills.api;

import static dev.rapport.skills.api.SkillsApi.admin;
import static dev.rapport.skills.api.SkillsApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.rapport.local.RapportTestResource;
import dev.rapport.skills.HandBuilt;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Whom to train in what: ranked by gap, then by levels to go, evidence and open load. */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "skills-service"))
class TrainingRecommendationTest {

  @Test
  void recommendsEnoughOfTheClosestMembersToCloseEachGap() {
    String ann = SkillsApi.userName("ann");
    String bea = SkillsApi.userName("bea");
    String cal = SkillsApi.userName("cal");
    String dov = SkillsApi.userName("dov");
    String eli = SkillsApi.userName("eli");
    String lead = SkillsApi.userName("lead");
    UUID annId = HandBuilt.person(ann);
    UUID beaId = HandBuilt.person(bea);
    UUID calId = HandBuilt.person(cal);
    UUID dovId = HandBuilt.person(dov);
    UUID eliId = HandBuilt.person(eli);
    UUID leadId = HandBuilt.person(lead);
    String teamName = HandBuilt.unique("Ops team");
    UUID team = HandBuilt.team(teamName, annId, beaId, calId, dovId, eliId, leadId);

    // Needs 4 at level 3; only eli (4) holds it: 3 missing, one holder → HIGH.
    String linux = HandBuilt.unique("Linux");
    UUID linuxId = HandBuilt.skill(linux);
    HandBuilt.level(eliId, linuxId, 4);
    HandBuilt.level(annId, linuxId, 2);
    HandBuilt.level(beaId, linuxId, 2);
    HandBuilt.level(calId, linuxId, 1);
    HandBuilt.level(dovId, linuxId, 1);
    // ann and bea: same levels to go, same evidence; bea has the lighter load.
    for (int i = 0; i < 4; i++) {
      SkillsApi.resolved(annId, linuxId, 5);
      SkillsApi.resolved(beaId, linuxId, 5);
    }
    for (int i = 0; i < 3; i++) {
      SkillsApi.openTicketFor(ann);
    }
    // cal and dov: two levels to go; cal has practised.
    SkillsApi.resolved(calId, linuxId, 3);

    // Needs 1 at level 2; bea alone holds it (single point of failure → LOW); cal is in training.
    String bash = HandBuilt.unique("Bash");
    UUID bashId = HandBuilt.skill(bash);
    HandBuilt.level(beaId, bashId, 2);
    // A met requirement is not a gap to train for.
    String git = HandBuilt.unique("Git");
    UUID gitId = HandBuilt.skill(git);
    HandBuilt.level(annId, gitId, 3);
    HandBuilt.level(beaId, gitId, 3);

    require(team, linux, 3, 4);
    require(team, bash, 2, 1);
    require(team, git, 2, 2);
    as(lead, "lead")
        .body(Map.of("person", cal, "skill", bash, "targetLevel", 2))
        .post("/api/v1/training-plans")
        .then()
        .statusCode(201);

    JsonPath advice =
        as(SkillsApi.userName("agent"), "agent")
            .get("/api/v1/teams/{team}/training-recommendations", teamName)
            .then()
            .statusCode(200)
            .body("teamId", equalTo(team.toString()))
            .extract()
            .jsonPath();

    assertThat(advice.getList("items.skillName", String.class)).containsExactly(linux, bash);
    assertThat(advice.getList("items.severity", String.class)).containsExactly("HIGH", "LOW");

    assertThat(advice.getInt("items[0].toTrain")).isEqualTo(3);
    assertThat(advice.getList("items[0].candidates.userName", String.class))
        .containsExactly(bea, ann, cal);
    assertThat(advice.getInt("items[0].moreCandidates")).isEqualTo(2); // dov, and the lead at 0
    assertThat(advice.getList("items[0].candidates[0].reasons", String.class))
        .containsExactly(
            "at level 2 of the 3 needed: one level to go",
            "resolved 4 tickets needing it in the last 30 days",
            "no open tickets");
    assertThat(advice.getList("items[0].candidates[1].reasons", String.class))
        .contains("3 open tickets");
    assertThat(advice.getList("items[0].candidates[2].reasons", String.class))
        .containsExactly(
            "at level 1 of the 3 needed: 2 levels to go",
            "resolved 1 ticket needing it in the last 30 days",
            "no open tickets");
    assertThat(advice.getInt("items[0].candidates[0].targetLevel")).isEqualTo(3);
    assertThat(advice.getString("items[0].suggestedMentor.userName")).isEqualTo(eli);
    assertThat(advice.getInt("items[0].suggestedMentor.level")).isEqualTo(4);

    // One more holder would do, and cal's plan already aims at it.
    assertThat(advice.getBoolean("items[1].singlePointOfFailure")).isTrue();
    assertThat(advice.getInt("items[1].alreadyInTraining")).isEqualTo(1);
    assertThat(advice.getInt("items[1].toTrain")).isZero();
    assertThat(advice.getList("items[1].candidates")).isEmpty();
    assertThat(advice.getString("items[1].suggestedMentor.userName")).isEqualTo(bea);
    assertThat(advice.getString("items[1].summary")).contains("1 already in training");
  }

  @Test
  void onlyStaffAskAndBadInputIsAProblem() {
    UUID team = HandBuilt.team(HandBuilt.unique("Empty team"));
    as(SkillsApi.userName("req"), "requester")
        .get("/api/v1/teams/{team}/training-recommendations", team)
        .then()
        .statusCode(403);
    admin()
        .get("/api/v1/teams/{team}/training-recommendations", team)
        .then()
        .statusCode(200)
        .body("items", org.hamcrest.Matchers.empty());
    admin()
        .queryParam("window", "P2Y")
        .get("/api/v1/teams/{team}/training-recommendations", team)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    admin()
        .get("/api/v1/teams/{team}/training-recommendations", HandBuilt.unique("nope"))
        .then()
        .statusCode(404);
  }

  private static void require(UUID team, String skill, int level, int headcount) {
    admin()
        .body(Map.of("minimumLevel", level, "headcount", headcount))
        .put("/api/v1/teams/{team}/requirements/{skill}", team, skill)
        .then()
        .statusCode(201);
  }
}
