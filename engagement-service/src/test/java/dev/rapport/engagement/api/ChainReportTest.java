package dev.rapport.engagement.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.engagement.TestClock;
import dev.rapport.engagement.domain.TeamRoster;
import dev.rapport.engagement.domain.pulse.PulseRounds;
import dev.rapport.engagement.pulse.PulseHistory;
import dev.rapport.engagement.pulse.TestTeam;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.testing.TestCallers;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The chain report on an imported history whose service and CSAT figures rise together, and on
 * pulse rounds answered through the API whose eNPS moves with CSAT, or against it.
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "engagement-service"))
class ChainReportTest {
  private static final LocalDate FIRST_MONDAY = LocalDate.parse("2025-03-03");

  @Inject TeamRoster roster;
  @Inject ObjectMapper json;
  @Inject TestClock clock;
  @Inject PulseRounds rounds;
  private PulseHistory history;

  @BeforeEach
  void history() {
    history = new PulseHistory(clock, rounds);
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void nineWeeksWhereSlaAndCsatRiseTogetherAreAStrongLink() {
    String team = "chain-" + UUID.randomUUID();
    seed(team, 9);

    JsonPath chain = chain(team, FIRST_MONDAY.plusWeeks(9).minusDays(1));
    assertThat(chain.getList("periods")).hasSize(9);
    // Week 0: 1 of 2 resolution clocks met, ratings 5 and 1.
    assertThat(chain.getDouble("periods[0].service.'slaMet.RESOLUTION'")).isEqualTo(50.0);
    assertThat(chain.getDouble("periods[0].business.'csat.average'")).isEqualTo(3.0);
    assertThat(chain.getDouble("periods[8].service.'slaMet.RESOLUTION'"))
        .isCloseTo(90.0, within(1e-9));

    // Median SLA is week 4's 5/6; weeks 5..8 average (7+8+9+10 rated 5, one 1 each) vs the rest.
    assertThat(strongOnNineWeeks(chain, "slaMet.RESOLUTION", 1.0))
        .startsWith("In weeks when the " + team + " team's resolution SLA met was above 83 %,")
        .contains("based on 9 weeks, a strong link")
        .contains("not proof that one causes the other");
    // No pulse rounds: nothing said about eNPS.
    String enps = "links.find { it.x == 'enps' && it.y == 'csat.average' }";
    assertThat(chain.getInt(enps + ".n")).isZero();
    assertThat(chain.getString(enps + ".strength")).isNull();
  }

  @Test
  void nineWeeksWhereEnpsAndCsatRiseTogetherAreAStrongLinkAndABelowBarRoundCountsNowhere() {
    TestTeam team = TestTeam.of(json, roster, 6);
    // eNPS -33.3, -16.7, 0, ... +100 (2 more detractors, then up to 6 more promoters of 6); a
    // tenth week's round of four answers of 0, under the bar of 5, that would break the link.
    pulses(team, true, -2, -1, 0, 1, 2, 3, 4, 5, 6);
    seed(team.id(), 10);

    JsonPath chain = chain(team.id(), FIRST_MONDAY.plusWeeks(10).minusDays(1));
    assertThat(chain.getDouble("periods[0].engagement.enps")).isCloseTo(-33.3, within(1e-9));
    assertThat(chain.getDouble("periods[1].engagement.enps")).isCloseTo(-16.7, within(1e-9));
    assertThat(chain.getDouble("periods[8].engagement.enps")).isCloseTo(100.0, within(1e-9));
    // Week 0's scores add up to 6 of 6 answers, week 8's to 30.
    assertThat(chain.getDouble("periods[0].engagement.pulseScore")).isEqualTo(1.0);
    assertThat(chain.getDouble("periods[8].engagement.pulseScore")).isEqualTo(5.0);
    assertThat(chain.getMap("periods[9].engagement")).doesNotContainKeys("enps", "pulseScore");
    assertThat(chain.getDouble("periods[9].business.'csat.average'")).isNotNull();

    // Median eNPS +33.3 (week 4); CSAT of weeks 5..8 average 4.52, of weeks 0..4 3.84.
    String summary = strongOnNineWeeks(chain, "enps", 1.0);
    assertThat(summary)
        .isEqualTo(
            "In weeks when the "
                + team.id()
                + " team's eNPS was above +33, its requesters' rating was 0.7 higher than in the"
                + " other weeks; based on 9 weeks, a strong link (Spearman rho 1.00). A link is"
                + " not proof that one causes the other.");
    assertThat(chain.getString("summary")).contains(summary);
    assertThat(strongOnNineWeeks(chain, "pulseScore", 1.0))
        .startsWith("In weeks when the " + team.id() + " team's pulse score was above 3.0,");
  }

  @Test
  void enpsFallingWhileCsatRisesIsANegativeLinkSaidAsSuch() {
    TestTeam team = TestTeam.of(json, roster, 6);
    pulses(team, false, 6, 5, 4, 3, 2, 1, 0, -1, -2);
    seed(team.id(), 9);

    JsonPath chain = chain(team.id(), FIRST_MONDAY.plusWeeks(9).minusDays(1));
    // Weeks 0..3 (eNPS above +33) average 3.72, weeks 4..8 4.48.
    assertThat(strongOnNineWeeks(chain, "enps", -1.0))
        .startsWith(
            "In weeks when the "
                + team.id()
                + " team's eNPS was above +33, its requesters' rating was 0.8 lower than in the"
                + " other weeks; based on 9 weeks, a strong negative link (Spearman rho -1.00).");
  }

  @Test
  void threeWeeksAreTooFewToSayAnything() {
    String team = "chain-" + UUID.randomUUID();
    seed(team, 3);

    JsonPath chain = chain(team, FIRST_MONDAY.plusWeeks(3).minusDays(1));
    String link = "links.find { it.x == 'slaMet.RESOLUTION' && it.y == 'csat.average' }";
    assertThat(chain.getInt(link + ".n")).isEqualTo(3);
    assertThat(chain.getString(link + ".rho")).isNull();
    assertThat(chain.getString(link + ".strength")).isNull();
    assertThat(chain.getString(link + ".certainty")).isEqualTo("too few periods to say");
    assertThat(chain.getString(link + ".summary")).contains("No claim is made.");
  }

  @Test
  void theTeamIsRequiredAndAnAgentSeesOnlyTheirOwnTeams() {
    TestCallers.as(TestCallers.userName("lead"), "lead")
        .get("/api/v1/chain")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("team"));
    TestCallers.as(TestCallers.userName("agent"), "agent")
        .queryParam("team", "not-mine-" + UUID.randomUUID())
        .get("/api/v1/chain")
        .then()
        .statusCode(403);
    TestCallers.as(TestCallers.userName("lead"), "lead")
        .queryParam("team", "network")
        .queryParam("from", "2025-03-10")
        .queryParam("to", "2025-03-03")
        .get("/api/v1/chain")
        .then()
        .statusCode(400)
        .body("detail", containsString("to"));
  }

  private static JsonPath chain(String team, LocalDate to) {
    return TestCallers.as(TestCallers.userName("lead"), "lead")
        .queryParam("team", team)
        .queryParam("from", FIRST_MONDAY.toString())
        .queryParam("to", to.toString())
        .queryParam("granularity", "WEEK")
        .get("/api/v1/chain")
        .then()
        .statusCode(200)
        .body("team", equalTo(team))
        .extract()
        .jsonPath()
        .using(JsonPathConfig.jsonPathConfig().numberReturnType(NumberReturnType.DOUBLE));
  }

  /**
   * Checks that the link of {@code x} to the requesters' rating is strong on 9 weeks with {@code
   * rho}; answers its sentence.
   */
  private static String strongOnNineWeeks(JsonPath chain, String x, double rho) {
    String link = "links.find { it.x == '" + x + "' && it.y == 'csat.average' }";
    assertThat(chain.getDouble(link + ".rho")).isCloseTo(rho, within(1e-9));
    assertThat(chain.getInt(link + ".n")).isEqualTo(9);
    assertThat(chain.getString(link + ".strength")).isEqualTo("strong");
    assertThat(chain.getString(link + ".certainty")).isEqualTo("based on 9 weeks");
    return chain.getString(link + ".summary");
  }

  /** Week i: i + 1 resolution clocks met and one breached; i + 1 ratings of 5 and one of 1. */
  private static void seed(String team, int weeks) {
    StringBuilder ndjson = new StringBuilder();
    for (int week = 0; week < weeks; week++) {
      String at = FIRST_MONDAY.plusWeeks(week).plusDays(1) + "T10:00:00Z";
      for (int i = 0; i <= week; i++) {
        ndjson.append(ImportedFacts.line(team, "SLA_CLOCK", "RESOLUTION", at, 1));
        ndjson.append(ImportedFacts.line(team, "SURVEY_ANSWERED", "SATISFIED", at, 5));
      }
      ndjson.append(ImportedFacts.line(team, "SLA_CLOCK", "RESOLUTION", at, 0));
      ndjson.append(ImportedFacts.line(team, "SURVEY_ANSWERED", "OTHER", at, 1));
    }
    ImportedFacts.importAll(ndjson.toString());
  }

  /**
   * Week i's pulse round (Tuesday to Wednesday): six members answer, {@code diffs[i]} more
   * promoters (10) than detractors (0), the others passive (8); the one statement's scores add up
   * to 6 + 3i. Week {@code diffs.length}, when {@code belowBar}: four answers of 0 only.
   */
  private void pulses(TestTeam team, boolean belowBar, int... diffs) {
    for (int week = 0; week < diffs.length; week++) {
      List<PulseHistory.Answer> answers = new ArrayList<>();
      int total = 6 + 3 * week;
      for (int i = 0; i < 6; i++) {
        int enps = i < diffs[week] ? 10 : i < -diffs[week] ? 0 : 8;
        answers.add(new PulseHistory.Answer(enps, List.of(total / 6 + (i < total % 6 ? 1 : 0))));
      }
      history.round(team, tuesday(week), answers, true, "I would do it again");
    }
    if (belowBar) {
      history.round(
          team,
          tuesday(diffs.length),
          Collections.nCopies(4, new PulseHistory.Answer(0, List.of(1))),
          true,
          "I would do it again");
    }
    clock.reset();
  }

  private static Instant tuesday(int week) {
    return FIRST_MONDAY.plusWeeks(week).plusDays(1).atTime(8, 0).toInstant(ZoneOffset.UTC);
  }
}
