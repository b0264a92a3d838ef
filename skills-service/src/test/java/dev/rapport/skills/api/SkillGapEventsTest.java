package dev.rapport.skills.api;

import static dev.rapport.skills.api.SkillsApi.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.events.Topics;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.skills.HandBuilt;
import dev.rapport.skills.domain.GapSweep;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * rapport.skill-gap.changed.v1 on rapport.skills.v1, read from the broker: a gap that opens,
 * changes severity or closes is announced once, keyed by the team; nothing when severity stays.
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "skills-service"))
class SkillGapEventsTest {
  @Inject GapSweep sweep;

  @Test
  void aGapIsAnnouncedWhenItOpensChangesAndCloses() {
    String lead = SkillsApi.userName("lara");
    String member = SkillsApi.userName("max");
    UUID leadId = HandBuilt.person(lead);
    HandBuilt.person(member);
    String teamName = HandBuilt.unique("Identity team");
    UUID team = HandBuilt.team(teamName, leadId, HandBuilt.person(SkillsApi.userName("x")));
    HandBuilt.update(
        "insert into team_members (team_id, person_id) select ?, id from people"
            + " where user_name = ?",
        team,
        member);
    String skill = HandBuilt.unique("SAML");
    UUID skillId = HandBuilt.skill(skill);

    try (TopicReader topic = new TopicReader(Topics.SKILLS)) {
      // Nobody holds it: 50 + 25 = 75, HIGH.
      requirement(lead, team, skill, 3, 1);
      // The member reaches the level: one holder, 15, LOW.
      level(lead, member, skill, 3);
      // Still one holder at level: LOW again, nothing to announce.
      level(lead, member, skill, 4);
      // A second holder (the lead's own assessment): no gap.
      level(lead, "me", skill, 3);
      // Three needed, two had: 50 × 1/3 → 17, LOW.
      requirement(lead, team, skill, 3, 3);
      // No longer required: closed.
      as(lead, "lead")
          .delete("/api/v1/teams/{team}/requirements/{skill}", team, skill)
          .then()
          .statusCode(204);

      List<TopicReader.Event> events =
          topic.awaitMatching(
              e ->
                  team.toString().equals(e.key())
                      && skillId.toString().equals(e.data().path("skillId").asText()),
              seen -> seen.size() >= 5);

      assertThat(events)
          .allSatisfy(e -> assertThat(e.type()).isEqualTo("rapport.skill-gap.changed.v1"));
      assertThat(events.stream().map(e -> e.data().path("change").asText()))
          .containsExactly("OPENED", "CHANGED", "CLOSED", "OPENED", "CLOSED");
      assertThat(events.stream().map(e -> e.data().path("severity").asText()))
          .containsExactly("HIGH", "LOW", "NONE", "LOW", "NONE");
      assertThat(events.stream().map(e -> e.data().path("previousSeverity").asText()))
          .containsExactly("NONE", "HIGH", "LOW", "NONE", "LOW");
      assertThat(events.stream().map(e -> e.data().path("had").asInt()))
          .containsExactly(0, 1, 2, 2, 2);

      JsonNode opened = events.get(0).data();
      assertThat(opened.path("teamName").asText()).isEqualTo(teamName);
      assertThat(opened.path("skillName").asText()).isEqualTo(skill);
      assertThat(opened.path("minimumLevel").asInt()).isEqualTo(3);
      assertThat(opened.path("needed").asInt()).isEqualTo(1);
      assertThat(opened.path("gap").asInt()).isEqualTo(1);
      assertThat(opened.path("busFactor").asInt()).isZero();
      assertThat(events.get(1).data().path("busFactor").asInt()).isEqualTo(1);
      assertThat(events.get(3).data().path("gap").asInt()).isEqualTo(1);
      // The removed requirement closes with nothing needed any more.
      assertThat(events.get(4).data().path("needed").asInt()).isZero();
      assertThat(events.get(4).data().path("minimumLevel").asInt()).isEqualTo(3);
    }
  }

  @Test
  void demandThatDoesNotMoveTheSeverityAnnouncesNothing() {
    String lead = SkillsApi.userName("lia");
    UUID leadId = HandBuilt.person(lead);
    UUID team = HandBuilt.team(HandBuilt.unique("Cloud team"), leadId);
    String skill = HandBuilt.unique("Azure");
    UUID skillId = HandBuilt.skill(skill);

    try (TopicReader topic = new TopicReader(Topics.SKILLS)) {
      requirement(lead, team, skill, 2, 2); // 50 + 25 = 75, HIGH
      // Two tickets: 77, still HIGH; changing the headcount alone keeps it HIGH too.
      SkillsApi.ticketNeeding(skillId, team.toString(), false, 1);
      SkillsApi.ticketNeeding(skillId, team.toString(), false, 1);
      requirement(lead, team, skill, 2, 3);
      // Three more tickets, all unmet: 75 + 5 + 9 = 89, CRITICAL.
      for (int i = 0; i < 3; i++) {
        SkillsApi.ticketNeeding(skillId, team.toString(), true, 1);
      }
      requirement(lead, team, skill, 2, 4);

      List<TopicReader.Event> events =
          topic.awaitMatching(
              e -> team.toString().equals(e.key()),
              seen ->
                  seen.stream()
                      .anyMatch(e -> e.data().path("severity").asText().equals("CRITICAL")));
      assertThat(events.stream().map(e -> e.data().path("change").asText()))
          .containsExactly("OPENED", "CHANGED");
      assertThat(events.get(1).data().path("previousSeverity").asText()).isEqualTo("HIGH");
      assertThat(events.get(1).data().path("demand").asInt()).isEqualTo(5);
      assertThat(events.get(1).data().path("unmetDemand").asInt()).isEqualTo(3);
    }
  }

  @Test
  void theSweepAnnouncesASeverityThatFellAsDemandAged() {
    String lead = SkillsApi.userName("lim");
    UUID team = HandBuilt.team(HandBuilt.unique("Mail team"), HandBuilt.person(lead));
    String skill = HandBuilt.unique("Postfix");
    UUID skillId = HandBuilt.skill(skill);
    for (int i = 0; i < 5; i++) {
      SkillsApi.ticketNeeding(skillId, team.toString(), false, 1);
    }

    try (TopicReader topic = new TopicReader(Topics.SKILLS)) {
      requirement(lead, team, skill, 2, 1); // 50 + 25 + 5 = 80, CRITICAL
      // The tickets leave the 30-day window; nothing else happens.
      HandBuilt.update(
          "update tickets set opened_at = opened_at - interval '40 days' where id in"
              + " (select ticket_id from ticket_skills where skill_id = ?)",
          skillId);
      sweep.sweep();

      List<TopicReader.Event> events =
          topic.awaitMatching(e -> team.toString().equals(e.key()), seen -> seen.size() >= 2);
      assertThat(events.stream().map(e -> e.data().path("severity").asText()))
          .containsExactly("CRITICAL", "HIGH");
      assertThat(events.get(1).data().path("demand").asInt()).isZero();
    }
  }

  private static void requirement(String lead, UUID team, String skill, int level, int headcount) {
    as(lead, "lead")
        .body(Map.of("minimumLevel", level, "headcount", headcount))
        .put("/api/v1/teams/{team}/requirements/{skill}", team, skill)
        .then()
        .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
  }

  private static void level(String lead, String person, String skill, int level) {
    as(lead, "lead")
        .body(Map.of("level", level))
        .put("/api/v1/people/{p}/skills/{s}", person, skill)
        .then()
        .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
  }
}
