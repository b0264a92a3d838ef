package dev.rapport.notification.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.rapport.local.RapportTestResource;
import dev.rapport.local.openapi.ContractValidation;
import dev.rapport.notification.DeliveryTestProfile;
import dev.rapport.notification.Fixtures;
import dev.rapport.notification.domain.Subscription;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(DeliveryTestProfile.class)
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "notification-service"))
class SubscriptionResourceTest {
  private static final String ADMIN = RapportTestResource.token("root@example.com", "admin");
  private static final String INTEGRATION =
      RapportTestResource.token("bridge@example.com", "integration");
  private static final String AGENT = RapportTestResource.token("sam@example.com", "agent");

  /** Subscriptions made here match no ticket of other tests. */
  private static final String NO_TEAM = Fixtures.unique("no-such-team");

  private static Map<String, Object> webhook(String url) {
    return Map.of(
        "kind",
        "WEBHOOK",
        "url",
        url,
        "eventTypes",
        List.of("rapport.ticket.opened.v1"),
        "teamId",
        NO_TEAM);
  }

  @Test
  void theSecretIsShownOnceAndAnIntegrationManagesSubscriptions() {
    String url = "https://bridge.example.com/" + Fixtures.unique("events");
    String key = Fixtures.unique("key");
    JsonPath created =
        given()
            .auth()
            .oauth2(INTEGRATION)
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", key)
            .body(webhook(url))
            .post("/api/v1/subscriptions")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/v1/subscriptions/"))
            .body("secret", startsWith("whsec_"))
            .body("url", equalTo(url))
            .body("includeInternal", equalTo(false))
            .body("createdBy", equalTo("bridge@example.com"))
            .extract()
            .jsonPath();
    String id = created.getString("id");
    String secret = created.getString("secret");
    // At rest the secret is encrypted: the column holds no part of it in clear.
    String stored =
        QuarkusTransaction.requiringNew()
            .call(() -> Subscription.<Subscription>findById(UUID.fromString(id)).secret);
    assertThat(stored).startsWith("aesgcm:v1:").doesNotContain(secret.substring(6));
    // A retry with the same key creates nothing new.
    given()
        .auth()
        .oauth2(INTEGRATION)
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .body(webhook(url))
        .post("/api/v1/subscriptions")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(id))
        // Shown once means once: not again to whoever replays the request.
        .body("$", not(hasKey("secret")));

    given()
        .auth()
        .oauth2(INTEGRATION)
        .get("/api/v1/subscriptions/" + id)
        .then()
        .statusCode(200)
        .body("secret", nullValue())
        .body("$", not(org.hamcrest.Matchers.hasKey("secret")))
        .body("eventTypes", equalTo(List.of("rapport.ticket.opened.v1")));
    given()
        .auth()
        .oauth2(ADMIN)
        .queryParam("limit", 200)
        .get("/api/v1/subscriptions")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id))
        .body("items.secret", not(hasItem(startsWith("whsec_"))));

    given().auth().oauth2(INTEGRATION).delete("/api/v1/subscriptions/" + id).then().statusCode(204);
    given().auth().oauth2(INTEGRATION).get("/api/v1/subscriptions/" + id).then().statusCode(404);
    given().auth().oauth2(INTEGRATION).delete("/api/v1/subscriptions/" + id).then().statusCode(404);
  }

  @Test
  void aGivenSecretIsKeptAndAChatRoomTakesNone() {
    String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    given()
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "kind",
                "WEBHOOK",
                "url",
                "https://h.example.com/x",
                "secret",
                secret,
                "eventTypes",
                List.of("*"),
                "teamId",
                NO_TEAM))
        .post("/api/v1/subscriptions")
        .then()
        .statusCode(201)
        .body("secret", equalTo(secret));
    given()
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "kind",
                "CHAT",
                "url",
                "https://chat.example.com/hooks/abc",
                "eventTypes",
                List.of("*"),
                "teamId",
                NO_TEAM))
        .post("/api/v1/subscriptions")
        .then()
        .statusCode(201)
        .body("secret", nullValue())
        .body("kind", equalTo("CHAT"));
  }

  @Test
  void onlyAnAdminMayLetInternalContentOut() {
    Map<String, Object> internal =
        Map.of(
            "kind",
            "CHAT",
            "url",
            "https://chat.example.com/hooks/it",
            "eventTypes",
            List.of("*"),
            "includeInternal",
            true,
            "teamId",
            NO_TEAM);
    given()
        .auth()
        .oauth2(INTEGRATION)
        .contentType(ContentType.JSON)
        .body(internal)
        .post("/api/v1/subscriptions")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString("includeInternal"));
    given()
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(internal)
        .post("/api/v1/subscriptions")
        .then()
        .statusCode(201)
        .body("includeInternal", equalTo(true));
  }

  @Test
  void onlyAdminsAndIntegrationsManageSubscriptions() {
    given().auth().oauth2(AGENT).get("/api/v1/subscriptions").then().statusCode(403);
    given()
        .auth()
        .oauth2(RapportTestResource.token("ana@example.com", "requester"))
        .contentType(ContentType.JSON)
        .body(webhook("https://x.example.com"))
        .post("/api/v1/subscriptions")
        .then()
        .statusCode(403);
    given()
        .filter(ContractValidation.invalidRequestOnPurpose())
        .get("/api/v1/subscriptions")
        .then()
        .statusCode(401); // no token
  }

  @Test
  void anIntegrationSeesAndDeletesOnlyItsOwnSubscriptionsWhileAnAdminSeesAll() {
    String other = RapportTestResource.token("hr-feed@example.com", "integration");
    String admins = create(ADMIN, webhook("https://admin.example.com/" + Fixtures.unique("a")));
    String others = create(other, webhook("https://hr.example.com/" + Fixtures.unique("h")));
    String mine =
        create(INTEGRATION, webhook("https://bridge.example.com/" + Fixtures.unique("b")));

    given()
        .auth()
        .oauth2(INTEGRATION)
        .queryParam("limit", 200)
        .get("/api/v1/subscriptions")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(mine))
        .body("items.id", not(hasItem(admins)))
        .body("items.id", not(hasItem(others)))
        .body("items.createdBy", everyItem(equalTo("bridge@example.com")));
    for (String foreign : List.of(admins, others)) {
      given()
          .auth()
          .oauth2(INTEGRATION)
          .get("/api/v1/subscriptions/" + foreign)
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
      given()
          .auth()
          .oauth2(INTEGRATION)
          .delete("/api/v1/subscriptions/" + foreign)
          .then()
          .statusCode(404);
    }
    // Nothing was deleted: the admin still sees every one of them.
    given()
        .auth()
        .oauth2(ADMIN)
        .queryParam("limit", 200)
        .get("/api/v1/subscriptions")
        .then()
        .statusCode(200)
        .body("items.id", hasItems(admins, others, mine));
    given().auth().oauth2(ADMIN).get("/api/v1/subscriptions/" + others).then().statusCode(200);
    given().auth().oauth2(ADMIN).delete("/api/v1/subscriptions/" + others).then().statusCode(204);
    given()
        .auth()
        .oauth2(INTEGRATION)
        .delete("/api/v1/subscriptions/" + mine)
        .then()
        .statusCode(204);
  }

  private static String create(String token, Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/subscriptions")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void badInputIsA400NamingTheProblem() {
    post(Map.of("kind", "WEBHOOK", "url", "ftp://files.example.com/x", "eventTypes", List.of("*")))
        .body("detail", containsString("url must be an absolute https URL"))
        .body("invalidFields", equalTo(List.of("url")));
    post(Map.of(
            "kind",
            "WEBHOOK",
            "url",
            "https://x.example.com",
            "eventTypes",
            List.of("rapport.ticket.exploded.v1")))
        .body("detail", containsString("'rapport.ticket.exploded.v1' is not a known event type"));
    post(Map.of(
            "kind",
            "CHAT",
            "url",
            "https://x.example.com",
            "secret",
            "whsec_abc",
            "eventTypes",
            List.of("*")))
        .body("invalidFields", equalTo(List.of("secret")));
    post(Map.of(
            "kind",
            "WEBHOOK",
            "url",
            "https://x.example.com",
            "secret",
            "hunter2",
            "eventTypes",
            List.of("*")))
        .body("detail", containsString("secret must be whsec_"))
        .body("detail", not(containsString("hunter2")));
    postInvalid(Map.of("kind", "EMAIL", "url", "https://x.example.com", "eventTypes", List.of("*")))
        .body("type", equalTo("https://rapport.dev/problems/invalid-field"));
    postInvalid(Map.of("kind", "CHAT", "url", "https://x.example.com", "eventTypes", List.of()))
        .body("type", equalTo("https://rapport.dev/problems/validation-failed"));
    postInvalid(Map.of("kind", "CHAT", "eventTypes", List.of("*")))
        .body("errors.field", hasItem(containsString("url")));
    given()
        .auth()
        .oauth2(ADMIN)
        .filter(ContractValidation.invalidRequestOnPurpose()) // the id is a uuid
        .get("/api/v1/subscriptions/not-a-uuid")
        .then()
        .statusCode(400);
    given()
        .auth()
        .oauth2(ADMIN)
        .queryParam("after", "garbage")
        .get("/api/v1/subscriptions")
        .then()
        .statusCode(400);
  }

  @Test
  void urlsToInternalAddressesOrPlainHttpAreRefusedNamingTheFieldAndNothingIsSaved() {
    // This profile allow-lists 127.0.0.1 (its receivers); everything else internal is refused.
    List<String> unsafe =
        List.of(
            "https://127.0.0.2/hooks",
            "https://[::1]/hooks",
            "https://10.1.2.3/hooks",
            "https://192.168.0.10/hooks",
            "https://172.20.0.1/hooks",
            "https://100.64.1.1/hooks",
            "https://169.254.169.254/latest/meta-data/iam",
            "https://[fe80::1]/hooks",
            "https://[fd00::5]/hooks",
            "https://[::ffff:10.0.0.1]/hooks",
            "https://[64:ff9b::a9fe:a9fe]/hooks",
            "https://0.0.0.0/hooks",
            "https://224.0.0.1/hooks",
            "http://hooks.example.com/plain");
    long before = QuarkusTransaction.requiringNew().call(() -> Subscription.count());
    for (String kind : List.of("CHAT", "WEBHOOK")) {
      for (String url : unsafe) {
        post(Map.of("kind", kind, "url", url, "eventTypes", List.of("*"), "teamId", NO_TEAM))
            .body("invalidFields", equalTo(List.of("url")))
            .body("detail", startsWith("url "));
      }
    }
    assertThat(QuarkusTransaction.requiringNew().call(() -> Subscription.count()))
        .isEqualTo(before);
  }

  /**
   * A body the document allows that the service refuses (a URL it will not call, an unknown event
   * type, a bad secret): the request is still checked against the document.
   */
  private static io.restassured.response.ValidatableResponse post(Map<String, Object> body) {
    return post(given(), body);
  }

  /** A body the document itself forbids (unknown kind, no event types, no url), on purpose. */
  private static io.restassured.response.ValidatableResponse postInvalid(Map<String, Object> body) {
    return post(given().filter(ContractValidation.invalidRequestOnPurpose()), body);
  }

  private static io.restassured.response.ValidatableResponse post(
      io.restassured.specification.RequestSpecification request, Map<String, Object> body) {
    return request
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/subscriptions")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }
}
