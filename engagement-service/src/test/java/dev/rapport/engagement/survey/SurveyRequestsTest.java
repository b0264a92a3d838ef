package dev.rapport.engagement.survey;

import static dev.rapport.local.testing.TestCallers.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;

import dev.rapport.events.engagement.SurveyCancelled;
import dev.rapport.events.engagement.SurveyRequested;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.local.testing.TestCallers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A resolution asks its requester, unless asked lately or opted out; a reopen withdraws. */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "engagement-service"))
class SurveyRequestsTest extends SurveyTest {
  @Inject AgroalDataSource dataSource;

  @Test
  void aResolutionAsksTheRequesterWithFiveWorkingLinks() {
    String alice = TestCallers.userName("alice");
    UUID ticket = UUID.randomUUID();
    SurveyFlow.Request request = flow.resolveAndAwaitRequest(ticket, alice);

    assertThat(request.data().path("requester").asText()).isEqualTo(alice);
    assertThat(request.data().path("ticket").path("teamId").asText()).isEqualTo("network");
    assertThat(IntStream.rangeClosed(1, 5).mapToObj(request::ratingPath))
        .hasSize(5)
        .doesNotHaveDuplicates();
    assertThat(request.ratingUrls())
        .hasSize(5)
        .allSatisfy(url -> assertThat(url).startsWith("http://localhost:8084/s/"));
    assertThat(Instant.parse(request.data().path("expiresAt").asText()))
        .isCloseTo(Instant.now().plus(Duration.ofDays(14)), within(5, ChronoUnit.MINUTES));
    // The answer page opens without a login and asks; each rating link works.
    given()
        .accept(ContentType.HTML)
        .get(request.answerPath())
        .then()
        .statusCode(200)
        .contentType(ContentType.HTML)
        .body(containsString("T-" + ticket.toString().substring(0, 6)));
    assertThat(pending(alice)).containsExactly(request.survey().toString());
  }

  @Test
  void aSecondResolutionWithinTheIntervalAsksNothingAndOneAfterItAsksAgain() {
    String bob = TestCallers.userName("bob");
    Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    clock.set(start);
    flow.resolveAndAwaitRequest(UUID.randomUUID(), bob);

    clock.set(start.plus(Duration.ofDays(6)));
    UUID tooSoon = UUID.randomUUID();
    flow.resolve(tooSoon, bob);
    JsonPath skipped = awaitSkipped(bob, 1);
    assertThat(skipped.getString("items[0].ticketId")).isEqualTo(tooSoon.toString());
    assertThat(skipped.getString("items[0].skipReason")).isEqualTo("FATIGUE");
    assertThat(flow.seen(tooSoon)).isEmpty(); // skipped in the same transaction: no event

    clock.set(start.plus(Duration.ofDays(7)).plusSeconds(1));
    flow.resolveAndAwaitRequest(UUID.randomUUID(), bob);
    assertThat(pending(bob)).hasSize(2);
  }

  @Test
  void whoOptedOutIsNotAskedUntilTheyOptBackIn() {
    String dana = TestCallers.userName("dana");
    choose(dana, true);
    UUID ticket = UUID.randomUUID();
    flow.resolve(ticket, dana);
    assertThat(awaitSkipped(dana, 1).getString("items[0].skipReason")).isEqualTo("OPTED_OUT");
    assertThat(flow.seen(ticket)).isEmpty();

    choose(dana, false);
    flow.resolveAndAwaitRequest(UUID.randomUUID(), dana);
  }

  @Test
  void aReopenWithdrawsThePendingSurveyAndTheNextResolutionAsksAgain() {
    String erin = TestCallers.userName("erin");
    UUID ticket = UUID.randomUUID();
    SurveyFlow.Request first = flow.resolveAndAwaitRequest(ticket, erin);

    flow.reopen(ticket, erin);
    TopicReader.Event cancelled = flow.await(ticket, 2).get(1);
    assertThat(cancelled.type()).isEqualTo(SurveyCancelled.TYPE);
    assertThat(cancelled.data().path("survey").asText()).isEqualTo(first.survey().toString());
    assertThat(cancelled.data().path("reason").asText()).contains("reopened");
    // Its links are refused now, and it asks nothing more.
    given().accept(ContentType.HTML).get(first.ratingPath(5)).then().statusCode(410);
    assertThat(pending(erin)).isEmpty();

    // Not counted for fatigue: the next resolution asks again, with a survey of its own.
    SurveyFlow.Request second = flow.resolveAndAwaitRequest(ticket, erin);
    assertThat(second.survey()).isNotEqualTo(first.survey());
  }

  @Test
  void twoResolutionsWithoutAReopenMakeOneSurvey() {
    String frank = TestCallers.userName("frank");
    UUID ticket = UUID.randomUUID();
    flow.resolveAndAwaitRequest(ticket, frank);
    flow.resolve(ticket, frank); // resolved again (a new event, not a redelivery)
    flow.reopen(ticket, frank);
    // In the ticket's order: the one request, then the withdrawal; nothing between.
    List<String> types = flow.await(ticket, 2).stream().map(TopicReader.Event::type).toList();
    assertThat(types).containsExactly(SurveyRequested.TYPE, SurveyCancelled.TYPE);
  }

  @Test
  void theResolutionsAndReopensOfOnePollAreAppliedInTheirOrder() throws Exception {
    String grace = TestCallers.userName("grace");
    String heidi = TestCallers.userName("heidi");
    UUID first = UUID.randomUUID();
    UUID tooSoon = UUID.randomUUID();
    UUID reopened = UUID.randomUUID();
    List<String> ceIds =
        flow.publishTogether(
            List.of(
                SurveyFlow.resolved(first, grace),
                SurveyFlow.resolved(tooSoon, grace),
                SurveyFlow.resolved(reopened, heidi),
                SurveyFlow.reopened(reopened, heidi),
                SurveyFlow.resolved(reopened, heidi)));

    // Grace is asked once: her second resolution of the poll finds her asked moments ago.
    assertThat(flow.await(first, 1).get(0).type()).isEqualTo(SurveyRequested.TYPE);
    JsonPath skipped = awaitSkipped(grace, 1);
    assertThat(skipped.getString("items[0].ticketId")).isEqualTo(tooSoon.toString());
    assertThat(skipped.getString("items[0].skipReason")).isEqualTo("FATIGUE");
    // Heidi is asked, the survey withdrawn, and asked again with a new one, in that order.
    List<TopicReader.Event> events = flow.await(reopened, 3);
    assertThat(events)
        .extracting(TopicReader.Event::type)
        .containsExactly(SurveyRequested.TYPE, SurveyCancelled.TYPE, SurveyRequested.TYPE);
    String withdrawn = events.get(0).data().path("survey").asText();
    assertThat(events.get(1).data().path("survey").asText()).isEqualTo(withdrawn);
    String askedAgain = events.get(2).data().path("survey").asText();
    assertThat(askedAgain).isNotEqualTo(withdrawn);
    assertThat(pending(heidi)).containsExactly(askedAgain);
    assertThat(flow.seen(tooSoon)).isEmpty();
    // One transaction took all five (the batch path, not its record-by-record fallback): they share
    // its start time.
    assertThat(transactionStarts(ceIds)).isEqualTo(1);
  }

  private long transactionStarts(List<String> ceIds) throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select count(distinct processed_at) from processed_events"
                    + " where consumer = 'engagement-service:tickets' and event_id = any(?)")) {
      select.setArray(1, connection.createArrayOf("text", ceIds.toArray()));
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static List<String> pending(String userName) {
    return as(userName, "requester")
        .queryParam("status", "PENDING")
        .get("/api/v1/surveys")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.id", String.class);
  }

  private static JsonPath awaitSkipped(String userName, int count) {
    return Awaitility.await()
        .atMost(TopicReader.PATIENCE)
        .until(
            () ->
                as(userName, "requester")
                    .queryParam("status", "SKIPPED")
                    .get("/api/v1/surveys")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath(),
            page -> page.getList("items").size() >= count);
  }

  private static void choose(String userName, boolean optedOut) {
    as(userName, "requester")
        .contentType(ContentType.JSON)
        .body("{\"optedOut\":" + optedOut + "}")
        .put("/api/v1/surveys/preferences")
        .then()
        .statusCode(200)
        .body("optedOut", org.hamcrest.Matchers.equalTo(optedOut));
  }
}
