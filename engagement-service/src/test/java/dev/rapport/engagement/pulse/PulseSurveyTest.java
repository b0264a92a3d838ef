package dev.rapport.engagement.pulse;

import static dev.rapport.engagement.pulse.Pulses.PATH;
import static dev.rapport.engagement.pulse.Pulses.answer;
import static dev.rapport.engagement.pulse.Pulses.answerInvalid;
import static dev.rapport.engagement.pulse.Pulses.openDue;
import static dev.rapport.engagement.pulse.Pulses.results;
import static dev.rapport.engagement.pulse.Pulses.schedule;
import static dev.rapport.engagement.pulse.Pulses.scheduleInvalid;
import static dev.rapport.engagement.pulse.Pulses.scheduled;
import static dev.rapport.engagement.pulse.Pulses.survey;
import static dev.rapport.local.testing.TestCallers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.engagement.TestClock;
import dev.rapport.engagement.domain.TeamRoster;
import dev.rapport.engagement.domain.pulse.PulseRounds;
import dev.rapport.engagement.domain.pulse.PulseSurvey;
import dev.rapport.engagement.domain.pulse.TeamEnps;
import dev.rapport.events.Topics;
import dev.rapport.events.engagement.PulseInvited;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.local.testing.TestCallers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Staff pulse surveys through the API, the schedule and the broker: who may schedule them, rounds
 * that open and invite every active member, answering once per open round, results only from five
 * answers, and a recurring survey's next round.
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "engagement-service"))
class PulseSurveyTest {
  private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

  @Inject TeamRoster roster;
  @Inject ObjectMapper json;
  @Inject TestClock clock;
  @Inject PulseRounds rounds;
  @Inject TeamEnps teamEnps;

  @BeforeEach
  void setClock() {
    clock.set(NOW);
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void theTeamsLeadsAndAdminsScheduleWithETagsAndIdempotencyKeys() {
    TestTeam team = TestTeam.of(json, roster, 1);
    TestTeam other = TestTeam.of(json, roster, 0);
    String admin = TestCallers.userName("admin");
    Map<String, Object> body =
        survey(team.id(), NOW.plusSeconds(3600), NOW.plus(Duration.ofDays(3)), "NONE", "I learn");

    schedule(team.lead(), "lead", body)
        .statusCode(201)
        .header("ETag", notNullValue())
        .header("Location", containsString(PATH + "/"))
        .body("teamId", equalTo(team.id()))
        .body("questions", hasSize(2))
        .body("questions[0].kind", equalTo("ENPS"))
        .body("questions[0].text", equalTo(PulseSurvey.ENPS_QUESTION))
        .body("questions[0].max", equalTo(10))
        .body("questions[1].text", equalTo("I learn"))
        .body("roundsOpened", equalTo(0));
    schedule(other.lead(), "lead", body).statusCode(403);
    schedule(team.members().get(1), "agent", body).statusCode(403);
    schedule(admin, "admin", survey(other.id(), NOW, NOW.plusSeconds(60), "WEEKLY"))
        .statusCode(201);
    schedule(admin, "admin", survey(UUID.randomUUID().toString(), NOW, NOW.plusSeconds(60), "NONE"))
        .statusCode(422)
        .body("type", containsString("unknown-team"));

    // Bad schedules and questions: 400 naming the field.
    schedule(team.lead(), "lead", survey(team.id(), NOW, NOW.minusSeconds(1), "NONE"))
        .statusCode(400)
        .body("detail", containsString("closesAt"));
    schedule(team.lead(), "lead", survey(team.id(), NOW, NOW.plus(Duration.ofDays(8)), "WEEKLY"))
        .statusCode(400)
        .body("detail", containsString("WEEKLY"));
    scheduleInvalid(team.lead(), survey(team.id(), NOW, NOW.plusSeconds(60), "NONE", "ab"))
        .statusCode(400);
    scheduleInvalid(
            team.lead(),
            survey(
                team.id(),
                NOW,
                NOW.plusSeconds(60),
                "NONE",
                "one",
                "two",
                "six",
                "4th",
                "5th",
                "6th"))
        .statusCode(400);

    // A retried create with the same Idempotency-Key creates nothing twice.
    String first =
        idempotent(team, body, "key-1")
            .header("Idempotent-Replayed", nullValue())
            .extract()
            .path("id");
    String again =
        idempotent(team, body, "key-1")
            .header("Idempotent-Replayed", equalTo("true"))
            .extract()
            .path("id");
    assertThat(again).isEqualTo(first);

    // Replace with If-Match; a stale one is 412; another team's lead may not.
    String etag =
        as(team.lead(), "lead")
            .get(PATH + "/{id}", first)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    Map<String, Object> renamed = new HashMap<>(body);
    renamed.put("title", "Renamed");
    put(team.lead(), "lead", first, renamed, "\"999\"").statusCode(412);
    put(other.lead(), "lead", first, renamed, etag).statusCode(403);
    String newTag =
        put(team.lead(), "lead", first, renamed, etag)
            .statusCode(200)
            .body("title", equalTo("Renamed"))
            .extract()
            .header("ETag");
    assertThat(newTag).isNotEqualTo(etag);

    // Staff list by team; the team's lead deletes.
    as(team.members().get(1), "agent")
        .queryParam("team", team.id())
        .get(PATH)
        .then()
        .statusCode(200)
        .body("items.id", hasItem(first));
    as(TestCallers.userName("rita"), "requester").get(PATH).then().statusCode(403);
    as(team.lead(), "lead")
        .header("If-Match", newTag)
        .delete(PATH + "/{id}", first)
        .then()
        .statusCode(204);
    as(team.lead(), "lead").get(PATH + "/{id}", first).then().statusCode(404);
  }

  @Test
  void aRoundOpensWhenDueAndInvitesEveryActiveMember() {
    TestTeam team = TestTeam.of(json, roster, 2);
    String id =
        scheduled(
            team, survey(team.id(), NOW.plusSeconds(3600), NOW.plus(Duration.ofDays(2)), "NONE"));
    openDue(rounds);
    as(team.lead(), "lead").get(PATH + "/{id}", id).then().body("roundsOpened", equalTo(0));

    clock.advance(Duration.ofHours(1));
    openDue(rounds);

    try (TopicReader topic = new TopicReader(Topics.ENGAGEMENT)) {
      List<TopicReader.Event> invited = topic.await(id, team.members().size());
      assertThat(invited).allMatch(e -> PulseInvited.TYPE.equals(e.type()));
      assertThat(invited.stream().map(e -> e.data().get("person").asText()).sorted())
          .containsExactlyElementsOf(team.members())
          .doesNotContain(team.gone());
      assertThat(invited.get(0).data().get("round").asInt()).isEqualTo(1);
      assertThat(invited.get(0).data().get("teamId").asText()).isEqualTo(team.id());
      assertThat(invited.get(0).data().get("answerUrl").asText()).endsWith("/pulse-surveys/" + id);
      assertThat(Instant.parse(invited.get(0).data().get("closesAt").asText()))
          .isEqualTo(NOW.plus(Duration.ofDays(2)));
    }
    as(team.lead(), "lead")
        .get(PATH + "/{id}", id)
        .then()
        .body("roundsOpened", equalTo(1))
        .body("nextRoundOpensAt", nullValue());
  }

  @Test
  void invitedMembersAnswerTheOpenRoundOnce() {
    TestTeam team = TestTeam.of(json, roster, 2);
    String id =
        scheduled(team, survey(team.id(), NOW, NOW.plus(Duration.ofDays(1)), "NONE", "I learn"));
    answer(team.members().get(1), id, 8, List.of(4), null)
        .statusCode(409)
        .body("type", containsString("round-closed"));
    openDue(rounds);

    answer(TestCallers.userName("outsider"), id, 8, List.of(4), null).statusCode(403);
    answer(team.gone(), id, 8, List.of(4), null).statusCode(403);
    answerInvalid(team.members().get(1), id, 11, List.of(4)).statusCode(400);
    answer(team.members().get(1), id, 8, List.of(4, 4), null)
        .statusCode(400)
        .body("detail", containsString("scores"));
    answerInvalid(team.members().get(1), id, 8, List.of(6)).statusCode(400);
    answer(team.members().get(1), id, 8, List.of(4), "Good").statusCode(204);
    answer(team.members().get(1), id, 3, List.of(1), null)
        .statusCode(409)
        .body("type", containsString("already-answered"));
    answer(team.members().get(1), UUID.randomUUID().toString(), 8, List.of(4), null)
        .statusCode(404);

    clock.advance(Duration.ofDays(1));
    answer(team.members().get(2), id, 8, List.of(4), null)
        .statusCode(409)
        .body("type", containsString("round-closed"));
  }

  @Test
  void resultsAreHiddenAtFourAnswersAndShownAtFive() {
    TestTeam team = TestTeam.of(json, roster, 4);
    String id =
        scheduled(
            team,
            survey(team.id(), NOW, NOW.plus(Duration.ofDays(3)), "NONE", "I learn", "I am heard"));
    openDue(rounds);
    List<String> people = team.members();
    answer(people.get(0), id, 10, List.of(5, 1), "Best team").statusCode(204);
    answer(people.get(1), id, 10, List.of(4, 2), null).statusCode(204);
    answer(people.get(2), id, 9, List.of(4, 3), "More training please").statusCode(204);
    answer(people.get(3), id, 7, List.of(3, 3), " ").statusCode(204);

    results(team.lead(), "lead", id)
        .statusCode(200)
        .body("hidden", equalTo(true))
        .body("needed", equalTo(1))
        .body("minGroup", equalTo(5))
        .body("enps", nullValue())
        .body("statements", nullValue())
        .body("comments", nullValue())
        .body("answered", nullValue());
    results(people.get(1), "agent", id).statusCode(403);
    results(TestCallers.userName("other-lead"), "lead", id).statusCode(403);

    answer(people.get(4), id, 2, List.of(1, 1), "Too many meetings").statusCode(204);
    // By hand: promoters 10, 10, 9 = 3 of 5 = 60 %; detractors 2 = 1 of 5 = 20 %; eNPS +40.
    results(TestCallers.userName("admin"), "admin", id)
        .statusCode(200)
        .body("hidden", equalTo(false))
        .body("needed", nullValue())
        .body("invited", equalTo(5))
        .body("answered", equalTo(5))
        .body("enps.score", equalTo(40.0f))
        .body("enps.promoters", equalTo(3))
        .body("enps.passives", equalTo(1))
        .body("enps.detractors", equalTo(1))
        .body("statements[0].text", equalTo("I learn"))
        .body("statements[0].average", equalTo(3.4f))
        .body("statements[0].distribution", equalTo(List.of(1, 0, 1, 2, 1)))
        .body("statements[1].average", equalTo(2.0f))
        .body("statements[1].distribution", equalTo(List.of(2, 1, 2, 0, 0)))
        .body("comments", hasSize(3));
    // The same figure for the metrics, per round of the team.
    List<TeamEnps.RoundEnps> byRound =
        QuarkusTransaction.requiringNew()
            .call(() -> teamEnps.of(team.id(), NOW.minusSeconds(1), NOW.plusSeconds(1)));
    assertThat(byRound).hasSize(1);
    assertThat(byRound.get(0).enps().score()).isEqualTo(40.0);
  }

  @Test
  void aWeeklySurveyOpensRoundTwoAWeekLater() {
    TestTeam team = TestTeam.of(json, roster, 1);
    String id =
        scheduled(team, survey(team.id(), NOW, NOW.plus(Duration.ofDays(2)), "WEEKLY", "I learn"));
    openDue(rounds);
    answer(team.lead(), id, 9, List.of(5), null).statusCode(204);

    clock.advance(Duration.ofDays(7));
    openDue(rounds);
    try (TopicReader topic = new TopicReader(Topics.ENGAGEMENT)) {
      List<TopicReader.Event> round2 =
          topic.awaitMatching(
              e -> id.equals(e.key()) && e.data().get("round").asInt() == 2,
              events -> events.size() == team.members().size());
      assertThat(Instant.parse(round2.get(0).data().get("closesAt").asText()))
          .isEqualTo(NOW.plus(Duration.ofDays(9)));
    }
    answer(team.lead(), id, 10, List.of(5), null).statusCode(204);
    as(team.lead(), "lead")
        .get(PATH + "/{id}", id)
        .then()
        .body("roundsOpened", equalTo(2))
        .body("nextRoundOpensAt", equalTo(NOW.plus(Duration.ofDays(14)).toString()));
    as(team.lead(), "lead")
        .queryParam("round", 1)
        .get(PATH + "/{id}/results", id)
        .then()
        .statusCode(200)
        .body("round", equalTo(1))
        .body("hidden", equalTo(true))
        .body("needed", equalTo(4));
  }

  private static ValidatableResponse idempotent(
      TestTeam team, Map<String, Object> body, String key) {
    return as(team.lead(), "lead")
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .body(body)
        .post(PATH)
        .then()
        .statusCode(201);
  }

  private static ValidatableResponse put(
      String userName, String role, String id, Map<String, Object> body, String ifMatch) {
    return as(userName, role)
        .contentType(ContentType.JSON)
        .header("If-Match", ifMatch)
        .body(body)
        .put(PATH + "/{id}", id)
        .then();
  }
}
