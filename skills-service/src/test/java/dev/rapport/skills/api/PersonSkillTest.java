package dev.rapport.skills.api;

import static dev.rapport.skills.api.SkillsApi.admin;
import static dev.rapport.skills.api.SkillsApi.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.rapport.local.RapportTestResource;
import dev.rapport.local.openapi.ContractValidation;
import dev.rapport.skills.HandBuilt;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Self-assessment, a lead's verification, and who else may not touch a person's skills. */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "skills-service"))
class PersonSkillTest {
  String member;
  UUID memberId;
  String lead;
  String otherLead;
  String skill;
  UUID skillId;

  @BeforeEach
  void aTeamWithALeadAndAnotherTeam() {
    member = SkillsApi.userName("mia");
    lead = SkillsApi.userName("lou");
    otherLead = SkillsApi.userName("oz");
    memberId = HandBuilt.person(member);
    UUID leadId = HandBuilt.person(lead);
    HandBuilt.team(HandBuilt.unique("Network team"), memberId, leadId);
    HandBuilt.team(HandBuilt.unique("Desk team"), HandBuilt.person(otherLead));
    skill = HandBuilt.unique("Routing");
    skillId = HandBuilt.skill(skill);
  }

  @Test
  void aSelfAssessmentIsUnverifiedUntilTheLeadVerifiesIt() {
    as(member, "agent")
        .body(Map.of("level", 2, "note", "did the CCNA labs"))
        .put("/api/v1/people/me/skills/{skill}", skill)
        .then()
        .statusCode(201)
        .header("ETag", notNullValue())
        .body("level", equalTo(2))
        .body("levelLabel", equalTo("Working"))
        .body("source", equalTo("SELF"))
        .body("verified", equalTo(false))
        .body("verifiedBy", nullValue());

    // The lead of the member's team sets it: verified by the lead, source MANAGER.
    as(lead, "lead")
        .body(Map.of("level", 3))
        .put("/api/v1/people/{p}/skills/{s}", member, skillId)
        .then()
        .statusCode(200)
        .body("level", equalTo(3))
        .body("source", equalTo("MANAGER"))
        .body("verified", equalTo(true))
        .body("verifiedBy", equalTo(lead))
        .body("verifiedAt", notNullValue());

    // The member assesses themselves higher: back to SELF, unverified.
    as(member, "agent")
        .body(Map.of("level", 4))
        .put("/api/v1/people/{p}/skills/{s}", memberId, skill)
        .then()
        .statusCode(200)
        .body("source", equalTo("SELF"))
        .body("verifiedBy", nullValue())
        .body("verifiedAt", nullValue());

    // The lead confirms without a level: the level and its source stay, now verified.
    as(lead, "lead")
        .body(Map.of())
        .post("/api/v1/people/{p}/skills/{s}/verification", member, skill)
        .then()
        .statusCode(200)
        .body("level", equalTo(4))
        .body("source", equalTo("SELF"))
        .body("verified", equalTo(true))
        .body("verifiedBy", equalTo(lead));

    // ... or corrects it.
    as(lead, "lead")
        .body(Map.of("level", 3, "note", "not yet on BGP"))
        .post("/api/v1/people/{p}/skills/{s}/verification", member, skill)
        .then()
        .statusCode(200)
        .body("level", equalTo(3))
        .body("source", equalTo("MANAGER"));

    as(member, "agent")
        .get("/api/v1/people/me/skills")
        .then()
        .statusCode(200)
        .body("userName", equalTo(member))
        .body("skills.skillName", contains(skill))
        .body("skills[0].level", equalTo(3))
        .body("skills[0].verifiedBy", equalTo(lead));

    // Newest first, with who did what and why.
    as(member, "agent")
        .get("/api/v1/people/me/skills/{s}/history", skill)
        .then()
        .statusCode(200)
        .body("items.level", contains(3, 4, 4, 3, 2))
        .body("items.previousLevel", contains(4, 4, 3, 2, null))
        .body("items.source", contains("MANAGER", "SELF", "SELF", "MANAGER", "SELF"))
        .body("items.actor", contains(lead, lead, member, lead, member))
        .body("items[0].note", equalTo("not yet on BGP"))
        .body("items[4].note", equalTo("did the CCNA labs"));
  }

  @Test
  void theSameSelfAssessmentTwiceRecordsOnce() {
    for (int i = 0; i < 2; i++) {
      as(member, "agent")
          .body(Map.of("level", 2))
          .put("/api/v1/people/me/skills/{skill}", skill)
          .then()
          .statusCode(i == 0 ? 201 : 200);
    }
    as(member, "agent").get("/api/v1/people/me/skill-history").then().body("items", hasSize(1));
  }

  @Test
  void othersMayNotSetOrVerify() {
    Map<String, Object> level = Map.of("level", 3);
    as(otherLead, "lead")
        .body(level)
        .put("/api/v1/people/{p}/skills/{s}", member, skill)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    as(SkillsApi.userName("agent"), "agent")
        .body(level)
        .put("/api/v1/people/{p}/skills/{s}", member, skill)
        .then()
        .statusCode(403);
    as(otherLead, "lead")
        .body(level)
        .post("/api/v1/people/{p}/skills/{s}/verification", member, skill)
        .then()
        .statusCode(403);
    // A requester does not even see that the person exists.
    as(SkillsApi.userName("req"), "requester")
        .body(level)
        .put("/api/v1/people/{p}/skills/{s}", member, skill)
        .then()
        .statusCode(404);
    as(SkillsApi.userName("req"), "requester")
        .get("/api/v1/people/{p}/skills", member)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    // Nothing was written.
    admin().get("/api/v1/people/{p}/skill-history", member).then().body("items", hasSize(0));

    // Leads do not verify themselves; admins may set anyone's level.
    as(lead, "lead").body(level).put("/api/v1/people/me/skills/{s}", skill).then().statusCode(201);
    as(lead, "lead")
        .body(Map.of())
        .post("/api/v1/people/me/skills/{s}/verification", skill)
        .then()
        .statusCode(403);
    admin()
        .body(level)
        .put("/api/v1/people/{p}/skills/{s}", member, skill)
        .then()
        .statusCode(201)
        .body("source", equalTo("MANAGER"))
        .body("verifiedBy", equalTo("root@example.com"));
  }

  @Test
  void badInputIsAProblemAndWritesNothing() {
    for (Object bad : new Object[] {0, 6, "three"}) {
      Map<String, Object> body = new HashMap<>();
      body.put("level", bad);
      as(member, "agent")
          .filter(ContractValidation.invalidRequestOnPurpose()) // level not an integer 1 to 5
          .body(body)
          .put("/api/v1/people/me/skills/{s}", skill)
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }
    as(member, "agent")
        .filter(ContractValidation.invalidRequestOnPurpose()) // level, required, missing
        .body(Map.of("note", "no level"))
        .put("/api/v1/people/me/skills/{s}", skill)
        .then()
        .statusCode(400)
        .body("errors.field", contains("level"));
    as(member, "agent")
        .body(Map.of("level", 2))
        .put("/api/v1/people/me/skills/{s}", HandBuilt.unique("NoSuchSkill"))
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("Skill"));
    admin()
        .body(Map.of("level", 2))
        .put("/api/v1/people/{p}/skills/{s}", SkillsApi.userName("nobody"), skill)
        .then()
        .statusCode(404);
    as(member, "agent")
        .get("/api/v1/people/me/skill-history")
        .then()
        .statusCode(200)
        .body("items", hasSize(0));
  }

  @Test
  void evidenceCountsTicketsResolvedNeedingTheSkillInTheWindow() {
    HandBuilt.level(memberId, skillId, 2);
    SkillsApi.resolved(memberId, skillId, 3);
    SkillsApi.resolved(memberId, skillId, 10);
    SkillsApi.resolved(memberId, skillId, 45); // outside the 30-day window
    as(lead, "lead")
        .get("/api/v1/people/{p}/skills", memberId)
        .then()
        .statusCode(200)
        .body("skills[0].evidence.resolvedTickets", equalTo(2))
        .body("skills[0].evidence.window", equalTo("P30D"));
  }

  @Test
  void thePersonOrTheirLeadRemovesASkillAndTheHistoryKeepsIt() {
    as(member, "agent")
        .body(Map.of("level", 2))
        .put("/api/v1/people/me/skills/{s}", skill)
        .then()
        .statusCode(201);
    as(otherLead, "lead")
        .delete("/api/v1/people/{p}/skills/{s}", member, skill)
        .then()
        .statusCode(403);
    as(lead, "lead")
        .queryParam("note", "moved to another stack")
        .delete("/api/v1/people/{p}/skills/{s}", member, skill)
        .then()
        .statusCode(204);
    as(member, "agent").get("/api/v1/people/me/skills/{s}", skill).then().statusCode(404);
    as(member, "agent")
        .get("/api/v1/people/me/skill-history")
        .then()
        .body("items.level", contains(null, 2))
        .body("items[0].previousLevel", equalTo(2))
        .body("items[0].actor", equalTo(lead))
        .body("items[0].note", equalTo("moved to another stack"));
  }
}
