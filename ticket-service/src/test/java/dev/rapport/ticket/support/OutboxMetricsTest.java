package dev.rapport.ticket.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.events.Topics;
import dev.rapport.local.RapportTestResource;
import dev.rapport.support.outbox.Relays;
import dev.rapport.ticket.api.Api;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What docs/architecture.md promises on /q/metrics: rapport_outbox_pending counts what waits,
 * rapport_outbox_published_total what went out (per topic), and rapport_outbox_lag_seconds how long
 * each event waited from its occurred_at to the broker's acknowledgement.
 */
@QuarkusTest
@TestProfile(StoppedRelayProfile.class)
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "ticket-service"))
class OutboxMetricsTest {
  private static final String PUBLISHED = "rapport_outbox_published_total";
  private static final String PENDING = "rapport_outbox_pending";
  private static final String LAG_COUNT = "rapport_outbox_lag_seconds_count";
  private static final String LAG_MAX = "rapport_outbox_lag_seconds_max";
  private static final String TICKETS = "topic=\"" + Topics.TICKETS + "\"";

  @Inject DataSource dataSource;

  @BeforeEach
  void nothingPublishesTheOutbox() throws InterruptedException {
    Relays.stopApplicationRelay();
  }

  @Test
  void pendingRisesWhileEventsWaitPublishedCountsThemAndLagShowsHowLongTheyWaited()
      throws Exception {
    OutboxRows outbox = new OutboxRows(dataSource);
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> outbox.pending() == 0);
    double publishedBefore = metric(PUBLISHED, TICKETS);
    double lagCountBefore = metric(LAG_COUNT, "");
    String requester = Api.uniquePerson("metrics");
    Api.open(requester, Api.incident("Waiting in the outbox 1"));
    Instant firstRaised = Instant.now();
    Api.open(requester, Api.incident("Waiting in the outbox 2"));
    Api.open(requester, Api.incident("Waiting in the outbox 3"));

    long waiting = outbox.pending();
    assertThat(waiting).isGreaterThanOrEqualTo(3);
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(metric(PENDING, "")).isEqualTo(waiting));
    // They wait a measurable while, and nothing counts them as published meanwhile.
    Awaitility.await()
        .during(Duration.ofSeconds(1))
        .atMost(Duration.ofSeconds(10))
        .until(() -> metric(PUBLISHED, TICKETS) == publishedBefore);
    assertThat(metric(PUBLISHED, TICKETS)).isEqualTo(publishedBefore);

    Duration waited;
    Relays.Replica replacement = Relays.startReplacement("replacement");
    try {
      waited = Duration.between(firstRaised, Instant.now());
      Awaitility.await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> assertThat(metric(PUBLISHED, TICKETS)).isEqualTo(publishedBefore + waiting));
      Awaitility.await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(() -> assertThat(metric(PENDING, "")).isZero());
    } finally {
      replacement.close();
    }
    assertThat(metric(LAG_COUNT, "")).isEqualTo(lagCountBefore + waiting);
    // The first event waited at least from its response until the relay started.
    assertThat(metric(LAG_MAX, "")).isGreaterThanOrEqualTo(waited.toMillis() / 1000.0);
  }

  /**
   * The sum of the samples of {@code name} whose labels contain {@code labels} (0 when there are
   * none yet, as for a counter that has not counted).
   */
  private static double metric(String name, String labels) {
    String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
    double sum = 0;
    for (String line : text.split("\n")) {
      if (line.startsWith("#")) {
        continue;
      }
      int space = line.lastIndexOf(' ');
      String series = line.substring(0, space);
      String seriesName = series.contains("{") ? series.substring(0, series.indexOf('{')) : series;
      if (seriesName.equals(name) && series.contains(labels)) {
        sum += Double.parseDouble(line.substring(space + 1));
      }
    }
    return sum;
  }
}
