package dev.rapport.engagement.survey;

import static dev.rapport.local.testing.TestCallers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.rapport.events.engagement.SurveyAnswered;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.local.openapi.ContractValidation;
import dev.rapport.local.testing.TestCallers;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The requester's surveys over the API: answer with their JWT (only theirs), list their own. */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "engagement-service"))
class SurveyApiTest extends SurveyTest {

  @Test
  void onlyTheRequesterAnswersOnceAndMayChangeItFor24Hours() {
    Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    clock.set(start);
    String lea = TestCallers.userName("lea");
    UUID ticket = UUID.randomUUID();
    UUID survey = flow.resolveAndAwaitRequest(ticket, lea).survey();
    String answer = "/api/v1/surveys/" + survey + "/answer";

    // Anyone else, whatever their role, does not see it.
    for (String role : List.of("requester", "agent", "admin")) {
      as(TestCallers.userName("other"), role)
          .contentType(ContentType.JSON)
          .body("{\"rating\":5}")
          .post(answer)
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
    }
    as(lea, "requester")
        .filter(ContractValidation.invalidRequestOnPurpose())
        .contentType(ContentType.JSON)
        .body("{\"rating\":6}")
        .post(answer)
        .then()
        .statusCode(400);
    as(lea, "requester")
        .filter(ContractValidation.invalidRequestOnPurpose())
        .contentType(ContentType.JSON)
        .body("{\"rating\":3,\"comment\":\"" + "x".repeat(2001) + "\"}")
        .post(answer)
        .then()
        .statusCode(400);

    as(lea, "requester")
        .contentType(ContentType.JSON)
        .body("{\"rating\":2,\"comment\":\"  Took a week  \"}")
        .post(answer)
        .then()
        .statusCode(200)
        .body("status", equalTo("ANSWERED"))
        .body("rating", equalTo(2))
        .body("comment", equalTo("Took a week"))
        .body("editableUntil", equalTo(start.plus(Duration.ofHours(24)).toString()));
    TopicReader.Event first = flow.await(ticket, 2).get(1);
    assertThat(first.type()).isEqualTo(SurveyAnswered.TYPE);
    assertThat(first.data().path("revised").asBoolean()).isFalse();

    clock.set(start.plus(Duration.ofHours(2)));
    as(lea, "requester")
        .contentType(ContentType.JSON)
        .body("{\"rating\":4}")
        .post(answer)
        .then()
        .statusCode(200)
        .body("rating", equalTo(4))
        .body("comment", nullValue());
    TopicReader.Event revision = flow.await(ticket, 3).get(2);
    assertThat(revision.data().path("revised").asBoolean()).isTrue();
    assertThat(revision.data().path("rating").asInt()).isEqualTo(4);

    clock.set(start.plus(Duration.ofHours(25)));
    as(lea, "requester")
        .contentType(ContentType.JSON)
        .body("{\"rating\":1}")
        .post(answer)
        .then()
        .statusCode(409)
        .body("type", org.hamcrest.Matchers.endsWith("survey-closed"))
        .body("reason", equalTo("FINAL"));
  }

  @Test
  void thePendingListHoldsTheCallersOwnNewestFirstInPages() {
    Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String max = TestCallers.userName("max");
    List<String> surveys = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      clock.set(start.plus(Duration.ofDays(8L * i))); // past the fatigue interval each time
      surveys.add(flow.resolveAndAwaitRequest(UUID.randomUUID(), max).survey().toString());
      if (i == 0) {
        as(max, "requester")
            .contentType(ContentType.JSON)
            .body("{\"rating\":5}")
            .post("/api/v1/surveys/" + surveys.get(0) + "/answer")
            .then()
            .statusCode(200);
      }
    }
    flow.resolveAndAwaitRequest(UUID.randomUUID(), TestCallers.userName("someone-else"));

    JsonPath page1 = list(max, "PENDING", null, 1);
    assertThat(page1.getList("items.id")).containsExactly(surveys.get(2));
    JsonPath page2 = list(max, "PENDING", page1.getString("nextCursor"), 1);
    assertThat(page2.getList("items.id")).containsExactly(surveys.get(1));
    assertThat(page2.getString("nextCursor")).isNull();
    assertThat(list(max, "ANSWERED", null, 50).getList("items.id")).containsExactly(surveys.get(0));
    assertThat(list(max, null, null, 50).getList("items.id"))
        .containsExactly(surveys.get(2), surveys.get(1), surveys.get(0));
    as(max, "requester").queryParam("status", "LOST").get("/api/v1/surveys").then().statusCode(400);
  }

  private static JsonPath list(String userName, String status, String after, int limit) {
    var request = as(userName, "requester").queryParam("limit", limit);
    if (status != null) {
      request.queryParam("status", status);
    }
    if (after != null) {
      request.queryParam("after", after);
    }
    return request.get("/api/v1/surveys").then().statusCode(200).extract().jsonPath();
  }
}
