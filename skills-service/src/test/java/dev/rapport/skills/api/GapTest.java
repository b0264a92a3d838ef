package dev.rapport.skills.api;

import static dev.rapport.skills.api.SkillsApi.admin;
import static dev.rapport.skills.api.SkillsApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.rapport.local.RapportTestResource;
import dev.rapport.skills.HandBuilt;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Gaps on a hand-built team: headcount, bus factor, demand from ticket rows, severity order. */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "skills-service"))
class GapTest {
  String teamName;
  UUID team;
  UUID otherTeam;
  String shortSkill; // needs 3 at level 3, has 2
  String lonelySkill; // needs 1 at level 4, has 1: single point of failure
  String missingSkill; // needs 2 at level 2, has 0
  UUID shortId;
  UUID missingId;

  @BeforeEach
  void handBuiltTeams() {
    UUID ann = HandBuilt.person(SkillsApi.userName("ann"));
    UUID bob = HandBuilt.person(SkillsApi.userName("bob"));
    UUID cat = HandBuilt.person(SkillsApi.userName("cat"));
    UUID gone = HandBuilt.person(SkillsApi.userName("gone"));
    HandBuilt.deactivate(gone);
    teamName = HandBuilt.unique("Service desk");
    team = HandBuilt.team(teamName, ann, bob, cat, gone);
    UUID eve = HandBuilt.person(SkillsApi.userName("eve"));
    otherTeam = HandBuilt.team(HandBuilt.unique("Field team"), eve);

    shortSkill = HandBuilt.unique("Exchange");
    lonelySkill = HandBuilt.unique("Citrix");
    missingSkill = HandBuilt.unique("Okta");
    shortId = HandBuilt.skill(shortSkill);
    UUID lonelyId = HandBuilt.skill(lonelySkill);
    missingId = HandBuilt.skill(missingSkill);

    HandBuilt.level(ann, shortId, 4);
    HandBuilt.level(bob, shortId, 3);
    HandBuilt.level(cat, shortId, 2); // below the level
    HandBuilt.level(gone, shortId, 5); // inactive: not counted
    HandBuilt.level(ann, lonelyId, 4);
    HandBuilt.level(bob, lonelyId, 3);
    HandBuilt.level(eve, missingId, 3);

    require(team, shortSkill, 3, 3);
    require(team, lonelySkill, 4, 1);
    require(team, missingSkill, 2, 2);
    require(otherTeam, missingSkill, 3, 1);

    // Demand for the short skill: tickets routed to the team, by id or by display name.
    SkillsApi.ticketNeeding(shortId, team.toString(), true, 2);
    SkillsApi.ticketNeeding(shortId, teamName, false, 2);
    SkillsApi.ticketNeeding(shortId, team.toString(), false, 20);
    SkillsApi.ticketNeeding(shortId, team.toString(), false, 40); // outside 30 days
    SkillsApi.ticketNeeding(shortId, otherTeam.toString(), false, 1); // another team's
  }

  @Test
  void aTeamsGapsAreRankedWithHowTheyWereComputed() {
    JsonPath gaps =
        as(SkillsApi.userName("agent"), "agent")
            .get("/api/v1/teams/{team}/gaps", team)
            .then()
            .statusCode(200)
            .body("teamName", equalTo(teamName))
            .body("window", equalTo("P30D"))
            .body("items.skillName", contains(missingSkill, shortSkill, lonelySkill))
            .body("items.severity", contains("HIGH", "LOW", "LOW"))
            .body("items.score", contains(75, 23, 15))
            .extract()
            .jsonPath();

    // Nobody holds it: 50 × 2/2 + 25.
    assertThat(gaps.getInt("items[0].needed")).isEqualTo(2);
    assertThat(gaps.getInt("items[0].had")).isZero();
    assertThat(gaps.getInt("items[0].busFactor")).isZero();
    assertThat(gaps.getBoolean("items[0].singlePointOfFailure")).isFalse();

    // Two of three at level (the inactive expert does not count), three tickets, one unmet:
    // 50 × 1/3 = 16.67 → 17, bus factor 0, demand 3, unmet 3.
    assertThat(gaps.getInt("items[1].had")).isEqualTo(2);
    assertThat(gaps.getInt("items[1].gap")).isEqualTo(1);
    assertThat(gaps.getInt("items[1].busFactor")).isEqualTo(2);
    assertThat(gaps.getInt("items[1].demand")).isEqualTo(3);
    assertThat(gaps.getInt("items[1].unmetDemand")).isEqualTo(1);
    assertThat(gaps.getList("items[1].holders.level", Integer.class)).containsExactly(4, 3);
    assertThat(gaps.getList("items[1].computation.terms.points", Integer.class))
        .containsExactly(17, 0, 3, 3);
    assertThat(gaps.getString("items[1].computation.summary"))
        .isEqualTo("17 + 0 + 3 + 3 = 23 → LOW (1–24)");

    // Met in headcount, but only one person is at level 4.
    assertThat(gaps.getInt("items[2].gap")).isZero();
    assertThat(gaps.getInt("items[2].busFactor")).isEqualTo(1);
    assertThat(gaps.getBoolean("items[2].singlePointOfFailure")).isTrue();
  }

  @Test
  void theWindowDecidesWhichTicketsCountAndMinSeverityFilters() {
    admin()
        .queryParam("window", "P7D")
        .queryParam("minSeverity", "low")
        .get("/api/v1/teams/{team}/gaps", teamName)
        .then()
        .statusCode(200)
        .body("window", equalTo("P7D"))
        .body("items.skillName", contains(missingSkill, shortSkill, lonelySkill))
        .body("items[1].demand", equalTo(2))
        .body("items[1].score", equalTo(17 + 2 + 3));
    admin()
        .queryParam("minSeverity", "HIGH")
        .get("/api/v1/teams/{team}/gaps", team)
        .then()
        .body("items.skillName", contains(missingSkill));
  }

  @Test
  void theOrganisationSeesOneEntryPerSkillWithEachTeamsShare() {
    JsonPath org =
        as(SkillsApi.userName("lead"), "lead")
            .get("/api/v1/gaps")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Map<String, Object>> items = org.getList("items");
    Map<String, Object> missing =
        items.stream()
            .filter(i -> i.get("skillId").equals(missingId.toString()))
            .findFirst()
            .orElseThrow();
    // 2 + 1 needed, 0 + 1 had, gaps 2 + 0; one person (eve) holds it at level 3 anywhere.
    assertThat(missing)
        .containsEntry("needed", 3)
        .containsEntry("had", 1)
        .containsEntry("gap", 2)
        .containsEntry("highestMinimumLevel", 3)
        .containsEntry("busFactor", 1)
        .containsEntry("singlePointOfFailure", true)
        .containsEntry("score", 33 + 15)
        .containsEntry("severity", "MEDIUM");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> teams = (List<Map<String, Object>>) missing.get("teams");
    assertThat(teams)
        .extracting(t -> t.get("teamId"))
        .containsExactly(team.toString(), otherTeam.toString());
    assertThat(teams).extracting(t -> t.get("severity")).containsExactly("HIGH", "LOW");

    Map<String, Object> shortOne =
        items.stream()
            .filter(i -> i.get("skillId").equals(shortId.toString()))
            .findFirst()
            .orElseThrow();
    // Org-wide demand counts every ticket in the window, whichever team it was routed to.
    assertThat(shortOne).containsEntry("demand", 4).containsEntry("unmetDemand", 1);

    // Ranked: scores never increase down the list.
    List<Integer> scores = org.getList("items.score", Integer.class);
    assertThat(scores).isSortedAccordingTo((a, b) -> Integer.compare(b, a));

    JsonPath serious =
        admin().queryParam("minSeverity", "MEDIUM").get("/api/v1/gaps").then().extract().jsonPath();
    assertThat(serious.getList("items.severity", String.class))
        .isNotEmpty()
        .doesNotContain("NONE", "LOW");
    assertThat(serious.getList("items.skillName", String.class))
        .contains(missingSkill)
        .doesNotContain(lonelySkill);
  }

  @Test
  void badParametersAreProblems() {
    for (String window : List.of("P0D", "PT59M", "P366D", "30 days", "-P30D")) {
      admin()
          .queryParam("window", window)
          .get("/api/v1/teams/{team}/gaps", team)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("type", containsString("invalid-window"));
    }
    admin()
        .queryParam("window", "P400D")
        .get("/api/v1/gaps")
        .then()
        .statusCode(400)
        .body("type", containsString("invalid-window"));
    admin()
        .queryParam("minSeverity", "SEVERE")
        .get("/api/v1/gaps")
        .then()
        .statusCode(400)
        .body("detail", containsString("NONE, LOW, MEDIUM, HIGH, CRITICAL"));
    admin()
        .get("/api/v1/teams/{team}/gaps", UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    as(SkillsApi.userName("req"), "requester")
        .get("/api/v1/teams/{team}/gaps", team)
        .then()
        .statusCode(403);
    as(SkillsApi.userName("req"), "requester").get("/api/v1/gaps").then().statusCode(403);
  }

  private static void require(UUID team, String skill, int level, int headcount) {
    admin()
        .body(Map.of("minimumLevel", level, "headcount", headcount))
        .put("/api/v1/teams/{team}/requirements/{skill}", team, skill)
        .then()
        .statusCode(201);
  }
}
