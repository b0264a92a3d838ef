package dev.rapport.engagement.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.rapport.local.RapportTestResource;
import dev.rapport.local.testing.TestCallers;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** History imported as NDJSON facts counts in the metrics of its own days, once. */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "engagement-service"))
class FactImportTest {

  @Test
  void importedFactsCountOnTheirDaysOnceAndBadLinesAreReported() {
    String team = "import-" + UUID.randomUUID();
    String opened = UUID.randomUUID().toString();
    String openedLine = line(team, opened, "TICKET_OPENED", "2025-06-03T09:00:00Z", "INC1", 1);
    String ndjson =
        openedLine
            + "\n"
            + line(
                team,
                UUID.randomUUID().toString(),
                "FIRST_RESPONSE",
                "2025-06-03T09:10:00Z",
                "INC1",
                600)
            + "\n"
            + openedLine // the same fact again
            + "\n"
            + "{\"id\":\""
            + UUID.randomUUID()
            + "\",\"kind\":\"TICKET_OPENED\",\"subject\":\"INC2\",\"measure\":1}"
            + "\n"
            + "not json\n";
    String admin = TestCallers.userName("admin");
    ImportedFacts.post(ndjson)
        .body("accepted", equalTo(2))
        .body("duplicates", equalTo(1))
        .body("rejected.line", contains(4, 5))
        .body("rejected[0].reason", equalTo("occurredAt is required"));

    // Running it again changes nothing.
    ImportedFacts.post(ndjson).body("accepted", equalTo(0)).body("duplicates", equalTo(3));

    JsonPath day =
        TestCallers.as(admin, "admin")
            .queryParam("from", "2025-06-03")
            .queryParam("to", "2025-06-03")
            .queryParam("granularity", "DAY")
            .get("/api/v1/metrics/teams/{team}", team)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(day.getDouble("metrics.find { it.name == 'ticketsOpened' }.series[0].value"))
        .isEqualTo(1);
    assertThat(
            day.getDouble("metrics.find { it.name == 'firstResponseTime.median' }.series[0].value"))
        .isCloseTo(600, withinPercentage(9.1));
  }

  @Test
  void aFileWithNothingToImportIsRefused() {
    TestCallers.as(TestCallers.userName("admin"), "admin")
        .urlEncodingEnabled(false)
        .contentType("application/x-ndjson")
        .body("{\"kind\":\"NO_SUCH_KIND\"}\n".getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/facts:import")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("rejected[0].line", equalTo(1))
        .body("rejected[0].reason", containsString("kind 'NO_SUCH_KIND' is none of"));
  }

  private static String line(
      String team, String id, String kind, String at, String subject, double measure) {
    return String.format(
        "{\"id\":\"%s\",\"kind\":\"%s\",\"occurredAt\":\"%s\",\"teamId\":\"%s\",\"priority\":\"P2\","
            + "\"subject\":\"%s\",\"measure\":%s}",
        id, kind, at, team, subject, measure);
  }
}
