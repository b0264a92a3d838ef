package dev.rapport.engagement.survey;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.engagement.domain.survey.SurveyExpiry;
import dev.rapport.events.engagement.SurveyAnswered;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.local.testing.TestCallers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The one-click links of a survey message: a click records the rating at once, the page adds a
 * comment or changes it for 24 h; expired, withdrawn, final, forged and tampered links are refused.
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "engagement-service"))
class OneClickLinksTest extends SurveyTest {
  private static final String PROBLEM_JSON = "application/problem+json";

  @Inject SurveyExpiry expiry;

  @TestHTTPResource("/")
  URI base;

  @Test
  void aClickRecordsTheRatingAtOnceAndThePageAddsACommentOrChangesIt() {
    UUID ticket = UUID.randomUUID();
    SurveyFlow.Request request = flow.resolveAndAwaitRequest(ticket, TestCallers.userName("gus"));

    browser().get(request.ratingPath(4)).then().statusCode(200).body(containsString("4 out of 5"));
    JsonNode answered = answered(ticket, 2);
    assertThat(answered.path("rating").asInt()).isEqualTo(4);
    assertThat(answered.path("revised").asBoolean()).isFalse();

    // Another link of the message (a mail scanner opening them all) changes nothing.
    browser().get(request.ratingPath(1)).then().statusCode(200).body(containsString("4 out of 5"));

    browser()
        .formParam("action", "answer")
        .formParam("rating", "2")
        .formParam("comment", "Nobody told me anything")
        .post(request.ratingPath(4))
        .then()
        .statusCode(200)
        .body(containsString("2 out of 5"));
    JsonNode revised = answered(ticket, 3);
    assertThat(revised.path("rating").asInt()).isEqualTo(2);
    assertThat(revised.path("comment").asText()).isEqualTo("Nobody told me anything");
    assertThat(revised.path("revised").asBoolean()).isTrue();
    assertThat(flow.seen(ticket)).hasSize(3); // the scanner's click published nothing
  }

  @Test
  void thePageSpeaksFrenchToWhoPrefersItAndRefusesAFormWithoutARating() {
    SurveyFlow.Request request =
        flow.resolveAndAwaitRequest(UUID.randomUUID(), TestCallers.userName("hugo"));
    given()
        .accept(ContentType.HTML)
        .header("Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5")
        .get(request.answerPath())
        .then()
        .statusCode(200)
        .body(containsString("Votre demande"), containsString("lang=\"fr\""));
    browser().formParam("rating", "9").post(request.answerPath()).then().statusCode(400);
    given()
        .accept(PROBLEM_JSON)
        .formParam("rating", "9")
        .post(request.answerPath())
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON);
  }

  @Test
  void anAnswerCanChangeFor24HoursThenItsLinksAreRefused() {
    Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    clock.set(start);
    UUID ticket = UUID.randomUUID();
    SurveyFlow.Request request = flow.resolveAndAwaitRequest(ticket, TestCallers.userName("ines"));
    browser().get(request.ratingPath(3)).then().statusCode(200);

    clock.set(start.plus(Duration.ofHours(23)));
    browser().formParam("rating", "5").post(request.answerPath()).then().statusCode(200);
    assertThat(answered(ticket, 3).path("revised").asBoolean()).isTrue();

    clock.set(start.plus(Duration.ofHours(24)).plusSeconds(1));
    browser()
        .formParam("rating", "1")
        .post(request.answerPath())
        .then()
        .statusCode(410)
        .contentType(ContentType.HTML)
        .body(containsString("final"));
    browser().get(request.ratingPath(1)).then().statusCode(410);
    given()
        .accept(PROBLEM_JSON)
        .get(request.ratingPath(1))
        .then()
        .statusCode(410)
        .contentType(PROBLEM_JSON)
        .body("reason", equalTo("FINAL"));
  }

  @Test
  void anUnansweredSurveyExpiresAndItsLinksAreRefused() {
    Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    clock.set(start);
    String jo = TestCallers.userName("jo");
    SurveyFlow.Request request = flow.resolveAndAwaitRequest(UUID.randomUUID(), jo);

    clock.set(start.plus(Duration.ofDays(14)).plusSeconds(1));
    browser().get(request.ratingPath(5)).then().statusCode(410).body(containsString("expired"));
    // A sweep now rather than at the next interval; the scheduled one may be expiring it at the
    // same
    // moment (this one then skips the locked row), so what counts is that it is listed EXPIRED.
    QuarkusTransaction.requiringNew().call(expiry::expireDue);
    Awaitility.await()
        .atMost(TopicReader.PATIENCE)
        .untilAsserted(
            () ->
                TestCallers.as(jo, "requester")
                    .queryParam("status", "EXPIRED")
                    .get("/api/v1/surveys")
                    .then()
                    .statusCode(200)
                    .body("items[0].id", equalTo(request.survey().toString())));
  }

  @Test
  void forgedAndTamperedLinksAreRefusedAndAProbeRecordsNothing() throws Exception {
    SurveyFlow.Request request =
        flow.resolveAndAwaitRequest(UUID.randomUUID(), TestCallers.userName("kim"));
    String path = request.ratingPath(1);
    String token = path.substring("/s/".length());

    // The same survey with rating 5 instead of 1, keeping the signature of the original.
    byte[] raw = Base64.getUrlDecoder().decode(token);
    raw[16] = 5;
    String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    for (String bad :
        new String[] {tampered, "not-a-token", token.substring(0, token.length() - 2)}) {
      browser()
          .get("/s/" + bad)
          .then()
          .statusCode(404)
          .contentType(ContentType.HTML)
          .body(containsString("not valid"), not(containsString("Exception")));
      given()
          .accept(PROBLEM_JSON)
          .get("/s/" + bad)
          .then()
          .statusCode(404)
          .contentType(PROBLEM_JSON);
    }
    // A scanner's HEAD probe checks the genuine link and records nothing either (HEAD is not an
    // operation of the API document, so it goes outside REST Assured's contract check).
    assertThat(head(path)).isEqualTo(200);
    assertThat(head("/s/" + tampered)).isEqualTo(404);
    // Nothing was recorded: the genuine link still asks.
    browser()
        .get(request.answerPath())
        .then()
        .statusCode(200)
        .body(not(containsString("out of 5")));
  }

  private int head(String path) throws Exception {
    HttpRequest probe =
        HttpRequest.newBuilder(base.resolve(path))
            .method("HEAD", HttpRequest.BodyPublishers.noBody())
            .build();
    return HttpClient.newHttpClient()
        .send(probe, HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /** A request as a browser (or a mail scanner) sends it. */
  private static RequestSpecification browser() {
    return given()
        .accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
        .header("Accept-Language", "en-GB,en;q=0.9");
  }

  /** The {@code index}-th (from 1) survey event of {@code ticket}, which must be an answer. */
  private static JsonNode answered(UUID ticket, int count) {
    var event = flow.await(ticket, count).get(count - 1);
    assertThat(event.type()).isEqualTo(SurveyAnswered.TYPE);
    return event.data();
  }
}
