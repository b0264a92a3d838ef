package dev.rapport.skills.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.rapport.local.RapportTestResource;
import dev.rapport.local.openapi.ContractValidation;
import dev.rapport.skills.HandBuilt;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may mark whom unavailable, what a period looks like, and bad input. */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "skills-service"))
class UnavailabilityResourceTest {
  private String pia;
  private UUID piaId;
  private String leo;
  private String ola;
  private String max;
  private final Instant from =
      Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
  private final Instant until = from.plus(Duration.ofDays(3));

  @BeforeEach
  void handBuild() {
    pia = HandBuilt.unique("pia");
    piaId = HandBuilt.person(pia);
    leo = HandBuilt.unique("leo"); // leads pia's team
    ola = HandBuilt.unique("ola"); // leads another team
    max = HandBuilt.unique("max"); // pia's manager, a lead in no team of hers
    UUID leoId = HandBuilt.person(leo);
    UUID olaId = HandBuilt.person(ola);
    UUID maxId = HandBuilt.person(max);
    HandBuilt.team(HandBuilt.unique("Service Desk"), piaId, leoId);
    HandBuilt.team(HandBuilt.unique("Network"), olaId);
    HandBuilt.update("update people set manager_id = ? where id = ?", maxId, piaId);
  }

  @Test
  void aPersonMarksThemselvesUnavailableAndTheListShowsIt() {
    String id =
        as(pia, "agent")
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "from", from.toString(), "until", until.toString(), "reason", "annual leave"))
            .post("/api/v1/people/me/unavailability")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/v1/people/" + piaId + "/unavailability/"))
            .body("userName", equalTo(pia))
            .body("from", equalTo(from.toString()))
            .body("until", equalTo(until.toString()))
            .body("reason", equalTo("annual leave"))
            .body("current", equalTo(true))
            .body("createdBy", equalTo(pia))
            .extract()
            .path("id");

    List<String> listed =
        as(ola, "lead") // any IT staff may read it
            .get("/api/v1/people/{p}/unavailability", pia)
            .then()
            .statusCode(200)
            .body("items.reason", hasItem("annual leave"))
            .extract()
            .path("items.id");
    assertThat(listed).containsExactly(id);

    as(pia, "agent").delete("/api/v1/people/me/unavailability/{id}", id).then().statusCode(204);
    assertThat(
            as(pia, "requester")
                .get("/api/v1/people/me/unavailability")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("items.id"))
        .isEmpty();
    as(pia, "agent")
        .delete("/api/v1/people/me/unavailability/{id}", id)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void theListIsPagedEarliestFirstAndLimitIsBounded() {
    List<String> marked = new ArrayList<>();
    // Two periods share a start, so the cursor must tell them apart by end.
    for (int i = 0; i < 5; i++) {
      Instant start = from.plus(Duration.ofDays(i / 2 * 2));
      Instant end = start.plus(Duration.ofHours(1 + i % 2)).plus(Duration.ofDays(1));
      marked.add(
          as(pia, "agent")
              .contentType(ContentType.JSON)
              .body(Map.of("from", start.toString(), "until", end.toString()))
              .post("/api/v1/people/me/unavailability")
              .then()
              .statusCode(201)
              .extract()
              .path("id"));
    }
    List<String> seen = new ArrayList<>();
    String after = null;
    int pages = 0;
    do {
      RequestSpecification request = as(pia, "requester").queryParam("limit", 2);
      if (after != null) {
        request.queryParam("after", after);
      }
      var page = request.get("/api/v1/people/me/unavailability").then().statusCode(200).extract();
      List<String> items = page.path("items.id");
      assertThat(items).hasSizeLessThanOrEqualTo(2);
      seen.addAll(items);
      after = page.path("nextCursor");
      pages++;
    } while (after != null && pages < 10);
    assertThat(seen).containsExactlyElementsOf(marked);
    assertThat(pages).isEqualTo(3);

    for (String limit : List.of("0", "201")) {
      as(pia, "requester")
          .filter(ContractValidation.invalidRequestOnPurpose()) // limit out of 1..200
          .queryParam("limit", limit)
          .get("/api/v1/people/me/unavailability")
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }
    as(pia, "requester")
        .queryParam("after", "not-a-cursor")
        .get("/api/v1/people/me/unavailability")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void aLeadOfThePersonMayMarkThemButAnotherLeadMayNot() {
    mark(leo, "lead", pia).then().statusCode(201);
    mark(max, "lead", piaId.toString()).then().statusCode(201);
    mark("admin@example.com", "admin", pia.toUpperCase()).then().statusCode(201);

    mark(ola, "lead", pia)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", endsWith("/forbidden"));
    mark(leo, "agent", pia).then().statusCode(403); // leads her team, but holds no lead role
    String id =
        as(pia, "agent")
            .get("/api/v1/people/me/unavailability")
            .then()
            .extract()
            .<List<String>>path("items.id")
            .get(0);
    as(ola, "lead")
        .delete("/api/v1/people/{p}/unavailability/{id}", pia, id)
        .then()
        .statusCode(403);
    // A requester cannot see other people: 404, as for a person who does not exist.
    as(ola, "requester").get("/api/v1/people/{p}/unavailability", pia).then().statusCode(404);
  }

  @Test
  void badInputIsAProblem() {
    as(pia, "agent")
        .contentType(ContentType.JSON)
        .body(Map.of("from", until.toString(), "until", from.toString()))
        .post("/api/v1/people/me/unavailability")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", endsWith("/invalid-period"));
    as(pia, "agent")
        .filter(ContractValidation.invalidRequestOnPurpose()) // from, required, missing
        .contentType(ContentType.JSON)
        .body(Map.of("until", until.toString()))
        .post("/api/v1/people/me/unavailability")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("from"));
    as(pia, "agent")
        .filter(ContractValidation.invalidRequestOnPurpose()) // from not a date-time
        .contentType(ContentType.JSON)
        .body(Map.of("from", "next tuesday", "until", until.toString()))
        .post("/api/v1/people/me/unavailability")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    as(pia, "agent")
        .filter(ContractValidation.invalidRequestOnPurpose()) // not JSON at all
        .contentType(ContentType.JSON)
        .body("{\"from\": ")
        .post("/api/v1/people/me/unavailability")
        .then()
        .statusCode(400)
        .body("type", endsWith("/malformed-json"));
    mark(pia, "agent", "nobody-" + UUID.randomUUID()).then().statusCode(404);
    as("stranger@example.com", "agent")
        .get("/api/v1/people/me/unavailability")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    assertThat(
            as(pia, "agent")
                .get("/api/v1/people/me/unavailability")
                .then()
                .extract()
                .<List<String>>path("items.id"))
        .isEmpty();
  }

  @Test
  void aRetriedPostWithTheSameIdempotencyKeyRecordsOnce() {
    String key = UUID.randomUUID().toString();
    String first = markWithKey(key).then().statusCode(201).extract().path("id");
    String second =
        markWithKey(key)
            .then()
            .statusCode(201)
            .header("Idempotent-Replayed", "true")
            .extract()
            .path("id");
    assertThat(second).isEqualTo(first);
    assertThat(
            as(pia, "agent")
                .get("/api/v1/people/me/unavailability")
                .then()
                .extract()
                .<List<String>>path("items.id"))
        .containsExactly(first);
  }

  private io.restassured.response.Response markWithKey(String key) {
    return as(pia, "agent")
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(Map.of("from", from.toString(), "until", until.toString(), "reason", "training"))
        .post("/api/v1/people/me/unavailability");
  }

  private io.restassured.response.Response mark(String caller, String role, String person) {
    return as(caller, role)
        .contentType(ContentType.JSON)
        .body(Map.of("from", from.toString(), "until", until.toString(), "reason", "training"))
        .post("/api/v1/people/{p}/unavailability", person);
  }

  private static RequestSpecification as(String userName, String... roles) {
    return given().auth().oauth2(RapportTestResource.token(userName, roles));
  }
}
