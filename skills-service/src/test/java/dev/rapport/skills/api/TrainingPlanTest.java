package dev.rapport.skills.api;

import static dev.rapport.skills.api.SkillsApi.admin;
import static dev.rapport.skills.api.SkillsApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.events.Topics;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.local.openapi.ContractValidation;
import dev.rapport.skills.HandBuilt;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Assigning, progressing and completing training, and what completion does to the level. */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "skills-service"))
class TrainingPlanTest {
  String lead;
  String trainee;
  String otherLead;
  UUID traineeId;
  UUID team;
  String skill;
  UUID skillId;

  @BeforeEach
  void aTeamWithAGap() {
    lead = SkillsApi.userName("liz");
    trainee = SkillsApi.userName("tom");
    otherLead = SkillsApi.userName("olga");
    traineeId = HandBuilt.person(trainee);
    team = HandBuilt.team(HandBuilt.unique("Security team"), traineeId, HandBuilt.person(lead));
    HandBuilt.team(HandBuilt.unique("Far team"), HandBuilt.person(otherLead));
    skill = HandBuilt.unique("Firewalls");
    skillId = HandBuilt.skill(skill);
    HandBuilt.level(traineeId, skillId, 1);
    admin()
        .body(Map.of("minimumLevel", 3, "headcount", 1))
        .put("/api/v1/teams/{team}/requirements/{skill}", team, skill)
        .then()
        .statusCode(201);
  }

  @Test
  void completingTrainingRaisesTheLevelToTheTarget() {
    try (TopicReader topic = new TopicReader(Topics.SKILLS)) {
      var assigned =
          as(lead, "lead")
              .header("Idempotency-Key", UUID.randomUUID().toString())
              .body(plan(trainee, skill, 3, LocalDate.now(ZoneOffset.UTC).plusDays(30)))
              .post("/api/v1/training-plans")
              .then()
              .statusCode(201)
              .body("status", equalTo("ASSIGNED"))
              .body("startLevel", equalTo(1))
              .body("targetLevel", equalTo(3))
              .body("userName", equalTo(trainee))
              .body("skillName", equalTo(skill))
              .body("assignedBy", equalTo(lead))
              .extract();
      String id = assigned.path("id");
      assertThat(assigned.header("Location")).endsWith("/api/v1/training-plans/" + id);

      // The trainee reports progress; the plan starts.
      String etag =
          as(trainee, "agent")
              .header("If-Match", assigned.header("ETag"))
              .body(Map.of("progressPercent", 60))
              .patch("/api/v1/training-plans/{id}", id)
              .then()
              .statusCode(200)
              .body("progressPercent", equalTo(60))
              .body("status", equalTo("IN_PROGRESS"))
              .extract()
              .header("ETag");
      as(trainee, "agent")
          .get("/api/v1/training-plans?person=me")
          .then()
          .statusCode(200)
          .body("items.id", contains(id));

      as(lead, "lead")
          .header("If-Match", etag)
          .body(Map.of("note", "Passed the vendor exam"))
          .post("/api/v1/training-plans/{id}/completion", id)
          .then()
          .statusCode(200)
          .body("status", equalTo("COMPLETED"))
          .body("progressPercent", equalTo(100))
          .body("completedAt", notNullValue());

      as(trainee, "agent")
          .get("/api/v1/people/me/skills/{skill}", skill)
          .then()
          .statusCode(200)
          .body("level", equalTo(3))
          .body("source", equalTo("TRAINING"))
          .body("verifiedBy", equalTo(lead));
      as(trainee, "agent")
          .get("/api/v1/people/me/skills/{skill}/history", skill)
          .then()
          .body("items[0].previousLevel", equalTo(1))
          .body("items[0].level", equalTo(3))
          .body("items[0].source", equalTo("TRAINING"))
          .body("items[0].actor", equalTo(lead))
          .body("items[0].note", containsString("Passed the vendor exam"));

      // Completed is final.
      as(lead, "lead")
          .body(Map.of())
          .post("/api/v1/training-plans/{id}/completion", id)
          .then()
          .statusCode(409)
          .contentType("application/problem+json")
          .body("status", equalTo(409))
          .body("planStatus", equalTo("COMPLETED"));

      List<TopicReader.Event> training =
          topic.awaitMatching(e -> id.equals(e.key()), seen -> seen.size() >= 2);
      assertThat(training)
          .extracting(TopicReader.Event::type)
          .containsExactly("rapport.training.assigned.v1", "rapport.training.completed.v1");
      JsonNode completed = training.get(1).data();
      assertThat(completed.path("previousLevel").asInt()).isEqualTo(1);
      assertThat(completed.path("newLevel").asInt()).isEqualTo(3);
      assertThat(completed.path("actor").asText()).isEqualTo(lead);
      assertThat(completed.path("plan").path("status").asText()).isEqualTo("COMPLETED");
      assertThat(training.get(0).data().path("plan").path("targetLevel").asInt()).isEqualTo(3);

      // The team's gap closed to a single point of failure.
      List<TopicReader.Event> gaps =
          topic.awaitMatching(
              e -> team.toString().equals(e.key()),
              seen ->
                  seen.stream().anyMatch(e -> e.data().path("change").asText().equals("CHANGED")));
      assertThat(gaps.stream().map(e -> e.data().path("severity").asText()))
          .containsExactly("HIGH", "LOW");
    }
  }

  @Test
  void onlyTheLeadAssignsAndOneOpenPlanPerSkill() {
    Map<String, Object> body = plan(trainee, skill, 3, null);
    as(otherLead, "lead").body(body).post("/api/v1/training-plans").then().statusCode(403);
    as(trainee, "agent").body(body).post("/api/v1/training-plans").then().statusCode(403);
    String id =
        as(lead, "lead")
            .body(body)
            .post("/api/v1/training-plans")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(lead, "lead")
        .body(plan(trainee, skillId.toString(), 4, null))
        .post("/api/v1/training-plans")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("existingId", equalTo(id));

    // Nobody outside sees it; the trainee changes progress only, and never completes it.
    as(SkillsApi.userName("rex"), "requester")
        .get("/api/v1/training-plans/{id}", id)
        .then()
        .statusCode(404);
    // Another person is a 404 to a requester, as one who does not exist.
    as(SkillsApi.userName("rex"), "requester")
        .queryParam("person", trainee)
        .get("/api/v1/training-plans")
        .then()
        .statusCode(404);
    as(trainee, "agent")
        .body(Map.of("resource", "something easier"))
        .patch("/api/v1/training-plans/{id}", id)
        .then()
        .statusCode(403);
    as(trainee, "lead")
        .body(Map.of())
        .post("/api/v1/training-plans/{id}/completion", id)
        .then()
        .statusCode(403);
    as(otherLead, "lead")
        .body(Map.of())
        .post("/api/v1/training-plans/{id}/completion", id)
        .then()
        .statusCode(403);

    // The lead cancels it; a cancelled plan neither changes nor completes.
    as(lead, "lead")
        .body(Map.of("status", "CANCELLED"))
        .patch("/api/v1/training-plans/{id}", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"));
    as(lead, "lead")
        .body(Map.of())
        .post("/api/v1/training-plans/{id}/completion", id)
        .then()
        .statusCode(409)
        .body("planStatus", equalTo("CANCELLED"));
    as(lead, "lead")
        .queryParam("team", team)
        .queryParam("status", "CANCELLED")
        .get("/api/v1/training-plans")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id));
  }

  @Test
  void badPlansAreProblemsAndCreateNothing() {
    // Not above the current level (1).
    as(lead, "lead")
        .body(plan(trainee, skill, 1, null))
        .post("/api/v1/training-plans")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", containsString("target-not-above-current"));
    as(lead, "lead")
        .body(plan(trainee, skill, 3, LocalDate.now(ZoneOffset.UTC).minusDays(2)))
        .post("/api/v1/training-plans")
        .then()
        .statusCode(422)
        .body("type", containsString("due-date-in-past"));
    as(lead, "lead")
        .filter(ContractValidation.invalidRequestOnPurpose()) // targetLevel above 5
        .body(plan(trainee, skill, 6, null))
        .post("/api/v1/training-plans")
        .then()
        .statusCode(400)
        .body("errors.field", contains("targetLevel"));
    as(lead, "lead")
        .body(plan(trainee, HandBuilt.unique("NoSuchSkill"), 3, null))
        .post("/api/v1/training-plans")
        .then()
        .statusCode(404);
    Map<String, Object> badDate = plan(trainee, skill, 3, null);
    badDate.put("dueDate", "next week");
    as(lead, "lead")
        .filter(ContractValidation.invalidRequestOnPurpose()) // dueDate not a date
        .body(badDate)
        .post("/api/v1/training-plans")
        .then()
        .statusCode(400);
    as(lead, "lead")
        .get("/api/v1/training-plans/{id}", "not-a-uuid")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", containsString("invalid-parameter"));
    as(lead, "lead")
        .queryParam("person", trainee)
        .get("/api/v1/training-plans")
        .then()
        .statusCode(200)
        .body("items", hasSize(0));
  }

  private static Map<String, Object> plan(
      String person, String skill, int target, LocalDate dueDate) {
    Map<String, Object> body = new HashMap<>();
    body.put("person", person);
    body.put("skill", skill);
    body.put("targetLevel", target);
    if (dueDate != null) {
      body.put("dueDate", dueDate.toString());
    }
    body.put("resource", "Vendor course, 3 days");
    return body;
  }
}
