package dev.rapport.engagement.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.rapport.local.RapportTestResource;
import dev.rapport.local.testing.TestCallers;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The chain report on an imported history whose service and CSAT figures rise together. */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "engagement-service"))
class ChainReportTest {
  private static final LocalDate FIRST_MONDAY = LocalDate.parse("2025-03-03");

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

    String link = "links.find { it.x == 'slaMet.RESOLUTION' && it.y == 'csat.average' }";
    assertThat(chain.getDouble(link + ".rho")).isCloseTo(1.0, within(1e-9));
    assertThat(chain.getInt(link + ".n")).isEqualTo(9);
    assertThat(chain.getString(link + ".strength")).isEqualTo("strong");
    assertThat(chain.getString(link + ".certainty")).isEqualTo("based on 9 weeks");
    // Median SLA is week 4's 5/6; weeks 5..8 average (7+8+9+10 rated 5, one 1 each) vs the rest.
    assertThat(chain.getString(link + ".summary"))
        .startsWith("In weeks when the " + team + " team's resolution SLA met was above 83 %,")
        .contains("based on 9 weeks, a strong link")
        .contains("not proof that one causes the other");
    // No pulse rounds: nothing said about eNPS.
    String enps = "links.find { it.x == 'enps' && it.y == 'csat.average' }";
    assertThat(chain.getInt(enps + ".n")).isZero();
    assertThat(chain.getString(enps + ".strength")).isNull();
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
        .jsonPath();
  }

  /** Week i: i + 1 resolution clocks met and one breached; i + 1 ratings of 5 and one of 1. */
  private static void seed(String team, int weeks) {
    StringBuilder ndjson = new StringBuilder();
    for (int week = 0; week < weeks; week++) {
      String at = FIRST_MONDAY.plusWeeks(week).plusDays(1) + "T10:00:00Z";
      for (int i = 0; i <= week; i++) {
        ndjson.append(line(team, "SLA_CLOCK", "RESOLUTION", at, 1)).append('\n');
        ndjson.append(line(team, "SURVEY_ANSWERED", "SATISFIED", at, 5)).append('\n');
      }
      ndjson.append(line(team, "SLA_CLOCK", "RESOLUTION", at, 0)).append('\n');
      ndjson.append(line(team, "SURVEY_ANSWERED", "OTHER", at, 1)).append('\n');
    }
    TestCallers.as(TestCallers.userName("admin"), "admin")
        .urlEncodingEnabled(false)
        .contentType("application/x-ndjson")
        .body(ndjson.toString().getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/facts:import")
        .then()
        .statusCode(200)
        .body("rejected.size()", equalTo(0));
  }

  private static String line(String team, String kind, String label, String at, double measure) {
    return String.format(
        "{\"id\":\"%s\",\"kind\":\"%s\",\"label\":\"%s\",\"occurredAt\":\"%s\",\"teamId\":\"%s\","
            + "\"priority\":\"P2\",\"subject\":\"INC-%s\",\"measure\":%s}",
        UUID.randomUUID(), kind, label, at, team, UUID.randomUUID(), measure);
  }
}
