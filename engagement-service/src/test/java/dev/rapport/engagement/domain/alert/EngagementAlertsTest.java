package dev.rapport.engagement.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.rapport.events.Topics;
import dev.rapport.events.engagement.EngagementAlert;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.local.testing.TestCallers;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A team whose update cadence fell below 90 % over 7 days is alerted once for that window. */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "engagement-service"))
class EngagementAlertsTest {
  @Inject EngagementAlerts alerts;

  @Test
  void cadenceBelowNinetyPercentRaisesOneAlertNotTwo() {
    String team = "alert-" + UUID.randomUUID();
    String at = LocalDate.now(ZoneOffset.UTC).minusDays(2) + "T10:00:00Z";
    // 1,000 s open, 200 s of them late: 80 % adherence.
    String ndjson =
        line(team, "RUNNING_SPAN", at, 1000) + "\n" + line(team, "LATE_SPAN", at, 200) + "\n";
    TestCallers.as(TestCallers.userName("admin"), "admin")
        .urlEncodingEnabled(false)
        .contentType("application/x-ndjson")
        .body(ndjson.getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/facts:import")
        .then()
        .statusCode(200)
        .body("accepted", equalTo(2));

    try (TopicReader topic = new TopicReader(Topics.ENGAGEMENT)) {
      QuarkusTransaction.requiringNew().call(alerts::evaluate);
      List<TopicReader.Event> raised =
          topic.awaitMatching(
              e ->
                  EngagementAlert.TYPE.equals(e.type())
                      && team.equals(e.data().path("teamId").asText()),
              events -> !events.isEmpty());
      assertThat(raised).hasSize(1);
      assertThat(raised.get(0).data().path("metric").asText()).isEqualTo("cadence-adherence");
      assertThat(raised.get(0).data().path("observed").asDouble()).isCloseTo(80.0, within(1e-6));
      assertThat(raised.get(0).data().path("threshold").asDouble()).isEqualTo(90.0);
      assertThat(raised.get(0).data().path("window").asText()).isEqualTo("P7D");
      assertThat(raised.get(0).data().path("summary").asText()).contains("below its threshold");

      // The next run finds the same window alerted already: nothing new for this team.
      QuarkusTransaction.requiringNew().call(alerts::evaluate);
      QuarkusTransaction.requiringNew().call(alerts::evaluate);
      long count =
          QuarkusTransaction.requiringNew()
              .call(
                  () ->
                      ((Number)
                              Panache.getEntityManager()
                                  .createNativeQuery(
                                      "select count(*) from engagement_alerts where team_id = :t")
                                  .setParameter("t", team)
                                  .getSingleResult())
                          .longValue());
      assertThat(count).isEqualTo(1);
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

  private static String line(String team, String kind, String at, double measure) {
    return String.format(
        "{\"id\":\"%s\",\"kind\":\"%s\",\"occurredAt\":\"%s\",\"teamId\":\"%s\","
            + "\"priority\":\"P2\",\"subject\":\"INC-%s\",\"measure\":%s}",
        UUID.randomUUID(), kind, at, team, UUID.randomUUID(), measure);
  }
}
