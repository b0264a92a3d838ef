package dev.rapport.ticket.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.events.Topics;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.ticket.api.Api;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kafka down means events wait in the outbox, then go out once it is back: none are lost. */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "ticket-service"))
class OutboxSurvivesBrokerOutageTest {

  @Test
  void ticketsRaisedWhileTheBrokerIsDownArePublishedWhenItReturns() throws Exception {
    String frank = Api.uniquePerson("frank");
    List<String> ids = new ArrayList<>();
    RapportTestResource.stopKafka();
    try {
      for (int i = 0; i < 5; i++) {
        ids.add(Api.open(frank, Api.incident("Raised during the outage " + i)));
      }
      assertThat(pendingOutboxRows()).isGreaterThanOrEqualTo(5);
      // Readiness tells the platform that events are not flowing.
      org.awaitility.Awaitility.await()
          .atMost(java.time.Duration.ofSeconds(30))
          .untilAsserted(
              () ->
                  io.restassured.RestAssured.given()
                      .get("/q/health/ready")
                      .then()
                      .statusCode(503)
                      .body(
                          "checks.find { it.name == 'kafka' }.status",
                          org.hamcrest.Matchers.equalTo("DOWN")));
    } finally {
      RapportTestResource.startKafka();
    }
    try (TopicReader topic = new TopicReader(Topics.TICKETS)) {
      for (String id : ids) {
        // Delivery is at least once: a send that timed out while the broker came back may have
        // landed and is sent again, as the same event (same ce_id), which consumers skip.
        assertThat(topic.await(id, events -> !events.isEmpty()))
            .allSatisfy(e -> assertThat(e.type()).isEqualTo("rapport.ticket.opened.v1"))
            .extracting(e -> e.header("ce_id"))
            .containsOnly(topic.seen(id).get(0).header("ce_id"));
      }
    }
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(30))
        .until(() -> pendingOutboxRows() == 0);
    // Ready again once every Kafka client is back: the relay (outbox drained) and the people
    // consumer, whose group rejoins a little after the broker returns.
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(30))
        .untilAsserted(
            () -> io.restassured.RestAssured.given().get("/q/health/ready").then().statusCode(200));
  }

  private static long pendingOutboxRows() throws Exception {
    try (var db =
            DriverManager.getConnection(RapportTestResource.jdbcUrl(), "postgres", "postgres");
        ResultSet rs =
            db.createStatement()
                .executeQuery("select count(*) from outbox where published_at is null")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
