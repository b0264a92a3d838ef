package dev.rapport.engagement.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.engagement.TestClock;
import dev.rapport.engagement.domain.TeamRoster;
import dev.rapport.engagement.domain.pulse.PulseRounds;
import dev.rapport.engagement.pulse.PulseHistory;
import dev.rapport.engagement.pulse.PulseHistory.Answer;
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
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The pulse metrics ({@code enps}, {@code pulseScore}) and the skill-gap severity index in the
 * metrics API, against figures computed by hand: pulse rounds answered through the API, placed in
 * the week they closed in, combined by their answers, never from a round below the bar of 5 or one
 * still open; the overview combines the teams; a service has none.
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "engagement-service"))
class EnpsMetricTest {
  /** Weeks of 2024 no other test uses, so that the overview holds only this test's rounds. */
  private static final LocalDate MONDAY = LocalDate.parse("2024-01-08");

  private static final String TWO = "I learn here";
  private static final String MORE = "I have what I need";

  @Inject TeamRoster roster;
  @Inject ObjectMapper json;
  @Inject TestClock clock;
  @Inject PulseRounds rounds;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void pulseFiguresAreTheHandComputedOnesOfRoundsAboveTheBarThatClosed() {
    TestTeam a = TestTeam.of(json, roster, 6);
    TestTeam b = TestTeam.of(json, roster, 5);
    PulseHistory history = new PulseHistory(clock, rounds);
    // Week 0. A: 3 promoters, 2 passives, 1 detractor of 6: +33.3; statements 43 / 12.
    history.round(
        a,
        at(0, 1),
        List.of(
            answer(10, 5, 4),
            answer(9, 4, 4),
            answer(10, 5, 5),
            answer(8, 3, 4),
            answer(7, 3, 3),
            answer(3, 1, 2)),
        true,
        TWO,
        MORE);
    // B: 2 promoters, 3 detractors of 5: -20; no statements.
    history.round(b, at(0, 2), PulseHistory.enps(0, 0, 0, 10, 10), true);
    // Week 1, two rounds of A: 2 promoters and 3 detractors of 5 (-20, statements all 4), then 4
    // promoters, 2 passives and 1 detractor of 7 (+42.9, statements all 2). By their answers: 6
    // promoters, 4 detractors of 12 = +16.7 (not the rounds' mean, +11.4); statements 68 / 24.
    history.round(
        a, at(1, 1), List.of(fours(9), fours(9), fours(6), fours(6), fours(6)), true, TWO, MORE);
    history.round(
        a,
        at(1, 3),
        List.of(twos(10), twos(10), twos(10), twos(10), twos(8), twos(8), twos(0)),
        true,
        TWO,
        MORE);
    // Week 2: A's round has 4 answers, under the bar; B's has 5 but is still open.
    history.round(a, at(2, 1), Collections.nCopies(4, answer(0, 1, 1)), true, TWO, MORE);
    history.round(b, at(2, 2), PulseHistory.enps(10, 10, 10, 10, 10), false);

    JsonPath team = metrics("/teams/" + a.id());
    assertThat(value(team, "enps", 0)).isCloseTo(33.3, within(1e-9));
    assertThat(n(team, "enps", 0)).isEqualTo(6);
    assertThat(value(team, "enps", 1)).isCloseTo(16.7, within(1e-9));
    assertThat(n(team, "enps", 1)).isEqualTo(12);
    assertThat(value(team, "enps", 2)).isNull();
    assertThat(n(team, "enps", 2)).isZero();
    assertThat(value(team, "pulseScore", 0)).isCloseTo(43.0 / 12, within(1e-9));
    assertThat(n(team, "pulseScore", 0)).isEqualTo(6);
    assertThat(value(team, "pulseScore", 1)).isCloseTo(68.0 / 24, within(1e-9));
    assertThat(value(team, "pulseScore", 2)).isNull();
    assertThat(team.getString("metrics.find { it.name == 'enps' }.unit")).isEqualTo("points");
    assertThat(team.getString("metrics.find { it.name == 'enps' }.definition"))
        .contains("% promoters (9-10) - % detractors (0-6)")
        .contains("rapport.engagement.pulse.min-group")
        .contains("in the period it closed in");
    // B's week-2 round counts once it has closed.
    assertThat(value(metrics("/teams/" + b.id()), "enps", 2)).isNull();
    clock.set(at(2, 2).plus(PulseHistory.OPEN));
    assertThat(value(metrics("/teams/" + b.id()), "enps", 2)).isEqualTo(100.0);
    assertThat(value(metrics("/teams/" + b.id()), "pulseScore", 0)).isNull();

    // The overview: A's and B's week-0 answers together, 5 promoters and 4 detractors of 11.
    JsonPath overview = metrics("/overview");
    assertThat(value(overview, "enps", 0)).isCloseTo(9.1, within(1e-9));
    assertThat(n(overview, "enps", 0)).isEqualTo(11);
    assertThat(value(overview, "pulseScore", 0)).isCloseTo(43.0 / 12, within(1e-9));
    assertThat(value(overview, "enps", 1)).isCloseTo(16.7, within(1e-9));
    // A's four answers of 0 would make week 2 (5 - 4) / 9.
    assertThat(value(overview, "enps", 2)).isEqualTo(100.0);
    assertThat(n(overview, "enps", 2)).isEqualTo(5);

    JsonPath service = metrics("/services/" + UUID.randomUUID());
    for (int week = 0; week < 3; week++) {
      assertThat(value(service, "enps", week)).isNull();
      assertThat(value(service, "pulseScore", week)).isNull();
    }
  }

  @Test
  void theSeverityIndexWeighsEachOpenGapBySeverity() {
    String team = "gaps-" + UUID.randomUUID();
    String week0 = MONDAY.plusDays(1) + "T10:00:00Z";
    String week1 = MONDAY.plusWeeks(1).plusDays(1) + "T10:00:00Z";
    // Before the range a HIGH gap; week 0: two LOW, a HIGH, a CRITICAL; week 1: a LOW became
    // MEDIUM.
    ImportedFacts.importAll(
        ImportedFacts.line(team, "GAP_OPENED", "HIGH", MONDAY.minusDays(5) + "T10:00:00Z", 1)
            + ImportedFacts.line(team, "GAP_OPENED", "LOW", week0, 1)
            + ImportedFacts.line(team, "GAP_OPENED", "LOW", week0, 1)
            + ImportedFacts.line(team, "GAP_OPENED", "HIGH", week0, 1)
            + ImportedFacts.line(team, "GAP_OPENED", "CRITICAL", week0, 1)
            + ImportedFacts.line(team, "GAP_CLOSED", "LOW", week1, 1)
            + ImportedFacts.line(team, "GAP_OPENED", "MEDIUM", week1, 1));

    JsonPath metrics = metrics("/teams/" + team);
    // 2 x LOW 1 + 2 x HIGH 3 + CRITICAL 4 = 12 of 5 gaps; then LOW + MEDIUM 2 + 6 + 4 = 13.
    assertThat(value(metrics, "skillGapSeverity", 0)).isEqualTo(12.0);
    assertThat(n(metrics, "skillGapSeverity", 0)).isEqualTo(5);
    assertThat(value(metrics, "skillGapSeverity", 1)).isEqualTo(13.0);
    assertThat(value(metrics, "skillGapSeverity", 2)).isEqualTo(13.0);
    assertThat(value(metrics("/teams/empty-" + UUID.randomUUID()), "skillGapSeverity", 0)).isZero();
  }

  /** Weeks 0 to 2 from {@link #MONDAY}, by week, as a lead. */
  private static JsonPath metrics(String path) {
    return TestCallers.as(TestCallers.userName("lead"), "lead")
        .queryParam("from", MONDAY.toString())
        .queryParam("to", MONDAY.plusWeeks(3).minusDays(1).toString())
        .queryParam("granularity", "WEEK")
        .get("/api/v1/metrics" + path)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .using(JsonPathConfig.jsonPathConfig().numberReturnType(NumberReturnType.DOUBLE));
  }

  private static Double value(JsonPath report, String metric, int week) {
    Object value = report.get(point(metric, week) + ".value");
    return value == null ? null : ((Number) value).doubleValue();
  }

  private static long n(JsonPath report, String metric, int week) {
    return report.getLong(point(metric, week) + ".n");
  }

  private static String point(String metric, int week) {
    return "metrics.find { it.name == '" + metric + "' }.series[" + week + "]";
  }

  /** Day {@code day} (0 Monday) of week {@code week}, 08:00 UTC. */
  private static Instant at(int week, int day) {
    return MONDAY.plusWeeks(week).plusDays(day).atTime(8, 0).toInstant(ZoneOffset.UTC);
  }

  private static Answer answer(int enps, int first, int second) {
    return new Answer(enps, List.of(first, second));
  }

  private static Answer fours(int enps) {
    return answer(enps, 4, 4);
  }

  private static Answer twos(int enps) {
    return answer(enps, 2, 2);
  }
}
