package dev.rapport.engagement.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import dev.rapport.engagement.TestClock;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.testing.TestCallers;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The metrics' query parameters: defaults, periods, and bad input as a problem naming it. */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "engagement-service"))
class MetricsParametersTest {
  @Inject TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void theDefaultIsTheLast28DaysByWeek() {
    clock.set(Instant.parse("2026-03-12T10:00:00Z")); // a Thursday
    TestCallers.as(TestCallers.userName("agent"), "agent")
        .get("/api/v1/metrics/overview")
        .then()
        .statusCode(200)
        .body("scope", equalTo("overview"))
        .body("from", equalTo("2026-02-13"))
        .body("to", equalTo("2026-03-12"))
        .body("granularity", equalTo("WEEK"))
        // Weeks from Monday 2026-02-09 (its days before the 13th not counted) to 2026-03-09.
        .body(
            "metrics.find { it.name == 'ticketsOpened' }.series.period",
            equalTo(
                java.util.List.of(
                    "2026-02-09", "2026-02-16", "2026-02-23", "2026-03-02", "2026-03-09")))
        .body("metrics.find { it.name == 'csat.average' }.unit", equalTo("rating"))
        .body(
            "metrics.find { it.name == 'timeToResolve.p90' }.definition", containsString("9.1 %"));
  }

  @Test
  void monthsAndDaysCutTheRange() {
    String lead = TestCallers.userName("lead");
    TestCallers.as(lead, "lead")
        .queryParam("from", "2026-01-30")
        .queryParam("to", "2026-03-01")
        .queryParam("granularity", "month")
        .get("/api/v1/metrics/teams/{team}", "nobody-has-this-team")
        .then()
        .statusCode(200)
        .body("metrics.find { it.name == 'ticketsResolved' }.series", hasSize(3))
        .body("metrics.find { it.name == 'ticketsResolved' }.series[0].n", equalTo(0));
    TestCallers.as(lead, "lead")
        .queryParam("from", "2026-01-30")
        .queryParam("to", "2026-02-01")
        .queryParam("granularity", "DAY")
        .get("/api/v1/metrics/overview")
        .then()
        .statusCode(200)
        .body("metrics[0].series", hasSize(3));
  }

  @Test
  void badDatesGranularityAndRangesAreProblemsNamingTheParameter() {
    String lead = TestCallers.userName("lead");
    refused(lead, "from", "2026-13-01", null, null);
    refused(lead, "to", null, "yesterday", null);
    refused(lead, "granularity", null, null, "HOUR");
    refused(lead, "to", "2026-03-02", "2026-03-01", null);
    refused(lead, "to", "2025-01-01", "2026-02-05", null);
    TestCallers.as(lead, "lead")
        .get("/api/v1/metrics/services/{id}", "not-a-uuid")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("id"));
  }

  @Test
  void requestersIntegrationsAndAgentsOfOtherTeamsAreRefused() {
    TestCallers.as(TestCallers.userName("req"), "requester")
        .get("/api/v1/metrics/overview")
        .then()
        .statusCode(403);
    TestCallers.as(TestCallers.userName("bot"), "integration")
        .get("/api/v1/metrics/overview")
        .then()
        .statusCode(403);
    TestCallers.as(TestCallers.userName("agent"), "agent")
        .get("/api/v1/metrics/teams/{team}", "not-their-team")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  private static void refused(
      String lead, String name, String from, String to, String granularity) {
    var request = TestCallers.as(lead, "lead");
    if (from != null) {
      request = request.queryParam("from", from);
    }
    if (to != null) {
      request = request.queryParam("to", to);
    }
    if (granularity != null) {
      request = request.queryParam("granularity", granularity);
    }
    request
        .get("/api/v1/metrics/overview")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", startsWith(name + " "));
  }
}
