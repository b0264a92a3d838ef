package dev.rapport.notification.security;

import static io.restassured.RestAssured.given;

import dev.rapport.local.RapportTestResource;
import dev.rapport.local.openapi.RoleMatrix;
import dev.rapport.notification.DeliveryTestProfile;
import dev.rapport.notification.Fixtures;
import dev.rapport.notification.domain.Channel;
import dev.rapport.notification.domain.Delivery;
import dev.rapport.notification.domain.DeliveryStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every operation of notification-service's OpenAPI document against its table in docs/security.md.
 */
@QuarkusTest
@TestProfile(DeliveryTestProfile.class)
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "notification-service"))
class RoleMatrixTest {
  private static final String STRANGER = "matrix-stranger@example.com";

  @TestHTTPResource("/")
  URI base;

  @Test
  void everyOperationAnswersEveryRoleAsDocsSecurityMdSays() {
    // Per role: a message in their inbox and, for the two that may, a subscription of their own.
    Map<String, String> inbox = new HashMap<>();
    for (String role : RoleMatrix.ROLES) {
      inbox.put(role, inboxMessage(userName(role)));
    }
    String strangersMessage = inboxMessage(STRANGER);
    Map<String, String> subscriptions = new HashMap<>();
    subscriptions.put("admin", subscribe("admin"));
    subscriptions.put("integration", subscribe("integration"));
    String strangersSubscription =
        create(RapportTestResource.token(STRANGER, "integration"), "stranger");
    String rules =
        given()
            .auth()
            .oauth2(RapportTestResource.token(userName("admin"), "admin"))
            .get("/api/v1/rules")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    // A bare array today, {items, nextCursor} once rules are paginated.
    String rule =
        new JsonPath(rules).getString(rules.strip().startsWith("[") ? "[0].id" : "items[0].id");

    RoleMatrix.forService("notification-service")
        .baseUri(base)
        .tokens(role -> RapportTestResource.token(userName(role), role))
        .refusingForeignTokens(userName("admin"), "admin")
        .pathValues(
            (role, path, parameter, own) -> {
              if (path.startsWith("/api/v1/people/")) {
                return own ? userName(role) : STRANGER;
              }
              if (path.startsWith("/api/v1/inbox/") || path.startsWith("/api/v1/deliveries/")) {
                return own ? inbox.getOrDefault(role, strangersMessage) : strangersMessage;
              }
              if (path.startsWith("/api/v1/subscriptions/")) {
                return own
                    ? subscriptions.getOrDefault(role, strangersSubscription)
                    : strangersSubscription;
              }
              if (path.startsWith("/api/v1/rules/")) {
                return rule;
              }
              return UUID.randomUUID().toString(); // /r/{token}: a link nobody signed
            })
        .body("PUT /api/v1/people/{userName}/preferences", "{\"digest\":\"IMMEDIATE\"}")
        // Rules are shared by every test of this application: the admin's calls carry an
        // incomplete rule (400), which proves the role may without changing who hears what.
        .body("POST /api/v1/rules", "{\"audience\":\"WATCHER\"}")
        .body("PUT /api/v1/rules/{id}", "{\"audience\":\"WATCHER\"}")
        .body("POST /api/v1/subscriptions", subscriptionJson("matrix"))
        .verify();
  }

  private static String userName(String role) {
    return "matrix-" + role + "@example.com";
  }

  /** An in-app message already delivered to {@code userName}, as the pipeline leaves it. */
  private static String inboxMessage(String userName) {
    Delivery d = Fixtures.pending(Channel.IN_APP, userName, userName);
    QuarkusTransaction.requiringNew()
        .run(() -> Delivery.update("status = ?1 where id = ?2", DeliveryStatus.SENT, d.id));
    return d.id.toString();
  }

  private static String subscribe(String role) {
    return create(RapportTestResource.token(userName(role), role), role);
  }

  private static String create(String token, String name) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(subscriptionJson(name))
        .post("/api/v1/subscriptions")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static String subscriptionJson(String name) {
    // A team no ticket of any test has, so nothing is ever sent to these hosts.
    return "{\"kind\":\"WEBHOOK\",\"url\":\"https://"
        + name
        + ".example.com/hooks\",\"eventTypes\":[\"rapport.ticket.opened.v1\"],\"teamId\":\""
        + Fixtures.unique("matrix-no-team")
        + "\"}";
  }
}
