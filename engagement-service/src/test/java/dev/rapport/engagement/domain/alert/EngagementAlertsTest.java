package dev.rapport.engagement.domain.alert;

import static dev.rapport.engagement.domain.alert.AlertFacts.awaitAlerts;
import static dev.rapport.engagement.domain.alert.AlertFacts.fact;
import static dev.rapport.engagement.domain.alert.AlertFacts.importFacts;
import static dev.rapport.engagement.domain.alert.AlertFacts.ofTeam;
import static dev.rapport.engagement.domain.alert.AlertFacts.rating;
import static dev.rapport.engagement.domain.alert.AlertFacts.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.engagement.TestClock;
import dev.rapport.events.Topics;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.local.testing.TestCallers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A team's alerts on hand-made facts: update cadence below 90 % over 7 days, and a CSAT average
 * below 4.0 over the 14 whole days to yesterday, each raised once for its window; a team at the
 * threshold is not alerted. Thresholds are edited by the team's leads and admins.
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "engagement-service"))
class EngagementAlertsTest {
  @Inject EngagementAlerts alerts;
  @Inject TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void cadenceBelowNinetyPercentRaisesOneAlertNotTwo() {
    String team = "alert-" + UUID.randomUUID();
    String at = LocalDate.now(ZoneOffset.UTC).minusDays(2) + "T10:00:00Z";
    // 1,000 s open, 200 s of them late: 80 % adherence.
    importFacts(
        List.of(
            fact("RUNNING_SPAN", null, at, team, null, 1000),
            fact("LATE_SPAN", null, at, team, null, 200)));

    try (TopicReader topic = new TopicReader(Topics.ENGAGEMENT)) {
      QuarkusTransaction.requiringNew().call(alerts::evaluate);
      List<TopicReader.Event> raised = awaitAlerts(topic, ofTeam(team), 1);
      assertThat(raised).hasSize(1);
      assertThat(raised.get(0).data().path("metric").asText()).isEqualTo("cadence-adherence");
      assertThat(raised.get(0).data().path("observed").asDouble()).isCloseTo(80.0, within(1e-6));
      assertThat(raised.get(0).data().path("threshold").asDouble()).isEqualTo(90.0);
      assertThat(raised.get(0).data().path("window").asText()).isEqualTo("P7D");
      assertThat(raised.get(0).data().path("summary").asText()).contains("below its threshold");

      // The next run finds the same window alerted already: nothing new for this team.
      QuarkusTransaction.requiringNew().call(alerts::evaluate);
      QuarkusTransaction.requiringNew().call(alerts::evaluate);
      assertThat(stored("team_id", team)).isEqualTo(1);
    }
  }

  @Test
  void csatBelowTheTeamsThresholdOverFourteenWholeDaysRaisesOneAlertAndAtItNone() {
    clock.set(Instant.parse("2026-12-01T09:00:00Z"));
    String low = "csat-low-" + UUID.randomUUID();
    String atThreshold = "csat-at-" + UUID.randomUUID();
    String inWindow = "2026-11-20T10:00:00Z";
    // 3, 3, 4, 3, 3 in the 14 days to 30 November: 3.2. The 1s before the window (16 November)
    // and today (not a whole day yet) do not count.
    importFacts(
        List.of(
            rating(inWindow, low, null, 3),
            rating(inWindow, low, null, 3),
            rating("2026-11-17T00:00:00Z", low, null, 4),
            rating(inWindow, low, null, 3),
            rating("2026-11-30T23:59:00Z", low, null, 3),
            rating("2026-11-16T23:59:00Z", low, null, 1),
            rating("2026-12-01T08:00:00Z", low, null, 1),
            rating(inWindow, atThreshold, null, 4),
            rating(inWindow, atThreshold, null, 4)));

    try (TopicReader topic = new TopicReader(Topics.ENGAGEMENT)) {
      QuarkusTransaction.requiringNew().call(alerts::evaluate);
      JsonNode alert = awaitAlerts(topic, ofTeam(low), 1).get(0).data();
      assertThat(alert.path("scope").asText()).isEqualTo("TEAM");
      assertThat(alert.path("metric").asText()).isEqualTo("csat");
      assertThat(alert.path("observed").asDouble()).isCloseTo(3.2, within(1e-9));
      assertThat(alert.path("threshold").asDouble()).isEqualTo(4.0);
      assertThat(alert.path("window").asText()).isEqualTo("P14D");
      assertThat(alert.path("businessServiceId").isNull()).isTrue();
      assertThat(alert.path("summary").asText())
          .isEqualTo(
              "The "
                  + low
                  + " team's CSAT average over the 14 days to 2026-11-30 was 3.2, below its"
                  + " threshold of 4.0.");

      QuarkusTransaction.requiringNew().call(alerts::evaluate);
      assertThat(stored("team_id", low)).isEqualTo(1);
      assertThat(stored("team_id", atThreshold)).isZero();
      assertThat(topic.seen(ofTeam(low))).hasSize(1);
      assertThat(topic.seen(ofTeam(atThreshold))).isEmpty();
    }
  }

  @Test
  void aTeamsThresholdsAreEditedWithIfMatchByItsLeadsAndAdminsOnly() {
    String team = "thresholds-" + UUID.randomUUID();
    String admin = TestCallers.userName("admin");
    TestCallers.as(admin, "admin")
        .get("/api/v1/alert-thresholds/{team}", team)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("cadenceAdherenceMin", equalTo(90.0f))
        .body("csatMin", equalTo(4.0f))
        .body("enpsDrop", equalTo(15.0f))
        .body("custom", equalTo(false));
    String body = "{\"cadenceAdherenceMin\":95,\"csatMin\":4.5,\"enpsDrop\":10}";
    TestCallers.as(admin, "admin")
        .contentType("application/json")
        .header("If-Match", "\"0\"")
        .body(body)
        .put("/api/v1/alert-thresholds/{team}", team)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("csatMin", equalTo(4.5f))
        .body("custom", equalTo(true));
    // A stale version is refused, and so is a rating no one can give.
    TestCallers.as(admin, "admin")
        .contentType("application/json")
        .header("If-Match", "\"0\"")
        .body(body)
        .put("/api/v1/alert-thresholds/{team}", team)
        .then()
        .statusCode(412);
    TestCallers.as(admin, "admin")
        .contentType("application/json")
        .body("{\"cadenceAdherenceMin\":95,\"csatMin\":7,\"enpsDrop\":10}")
        .put("/api/v1/alert-thresholds/{team}", team)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("csatMin"));
    // A lead of another team, and an agent, may not.
    TestCallers.as(TestCallers.userName("lead"), "lead")
        .get("/api/v1/alert-thresholds/{team}", team)
        .then()
        .statusCode(403);
    TestCallers.as(TestCallers.userName("agent"), "agent")
        .get("/api/v1/alert-thresholds/{team}", team)
        .then()
        .statusCode(403);
    TestCallers.as(admin, "admin")
        .get("/api/v1/alert-thresholds/{team}", team)
        .then()
        .body("cadenceAdherenceMin", equalTo(95.0f));
  }
}
