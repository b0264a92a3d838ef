package dev.rapport.engagement.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.local.testing.TestCallers;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The headline gauges on /q/metrics follow the roll-ups (refreshed every second in tests). */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "engagement-service"))
class HeadlineGaugesTest {
  private static final Pattern BACKLOG =
      Pattern.compile("(?m)^rapport_engagement_backlog_open(?:\\{[^}]*})? (\\S+)$");

  @Test
  void theOpenBacklogGaugeCountsATicketThatJoinsIt() {
    Awaitility.await().atMost(TopicReader.PATIENCE).until(() -> !Double.isNaN(backlog()));
    double before = backlog();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String fact =
        "{\"id\":\""
            + UUID.randomUUID()
            + "\",\"kind\":\"BACKLOG_IN\",\"occurredAt\":\""
            + now
            + "\",\"subject\":\"INC-G\",\"measure\":"
            + now.getEpochSecond()
            + "}";
    TestCallers.as(TestCallers.userName("admin"), "admin")
        .urlEncodingEnabled(false)
        .contentType("application/x-ndjson")
        .body(fact.getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/facts:import")
        .then()
        .statusCode(200);
    Awaitility.await().atMost(TopicReader.PATIENCE).until(() -> backlog() == before + 1);
  }

  private static double backlog() {
    String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
    Matcher m = BACKLOG.matcher(text);
    assertThat(m.find()).as("rapport_engagement_backlog_open in /q/metrics").isTrue();
    return Double.parseDouble(m.group(1));
  }
}
