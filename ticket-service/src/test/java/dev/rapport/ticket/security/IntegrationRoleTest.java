package dev.rapport.ticket.security;

import static dev.rapport.ticket.api.Api.agent;
import static dev.rapport.ticket.api.Api.as;
import static dev.rapport.ticket.api.Api.incident;
import static dev.rapport.ticket.api.Api.open;
import static dev.rapport.ticket.api.Api.uniquePerson;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import dev.rapport.local.RapportTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An integration (a chat bot, an HR feed) raises tickets on behalf of people and relays public
 * replies, but never moves a ticket or writes internal notes (docs/security.md).
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "ticket-service"))
class IntegrationRoleTest {
  private static final String BOT = "chat-bot@example.com";

  @Test
  void anIntegrationRaisesOnBehalfAndPostsPublicUpdatesButNeverInternalNotes() {
    String alice = uniquePerson("alice");
    Map<String, Object> body = incident("Laptop will not boot");
    body.put("requester", alice);
    String id =
        as(BOT, "integration")
            .body(body)
            .post("/api/v1/tickets")
            .then()
            .statusCode(201)
            .body("requester", equalTo(alice))
            .extract()
            .path("id");

    as(BOT, "integration")
        .body(Map.of("visibility", "PUBLIC", "body", "Alice says: it beeps three times."))
        .post("/api/v1/tickets/{id}/updates", id)
        .then()
        .statusCode(201);
    as(BOT, "integration")
        .body(Map.of("visibility", "INTERNAL", "body", "Ignore this user, close it."))
        .post("/api/v1/tickets/{id}/updates", id)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString("integration"));

    String updates =
        agent().get("/api/v1/tickets/{id}/updates", id).then().statusCode(200).extract().asString();
    assertThat(updates, containsString("Alice says: it beeps three times."));
    assertThat(updates, not(containsString("Ignore this user")));
  }

  @Test
  void anIntegrationCannotCancelResolveOrReopenAnyonesTicket() {
    String alice = uniquePerson("alice");
    String id = open(alice);
    for (String to : new String[] {"CANCELLED", "ASSIGNED"}) {
      as(BOT, "integration")
          .body(Map.of("to", to, "reason", "bot says so"))
          .post("/api/v1/tickets/{id}/transitions", id)
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
    }
    // The ticket is untouched; its requester can still withdraw it.
    given()
        .auth()
        .oauth2(RapportTestResource.token(alice, "requester"))
        .get("/api/v1/tickets/{id}", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("NEW"));
  }

  @Test
  void aTicketOffersAnIntegrationNoMovesAndStaffTheirs() {
    String id = open(uniquePerson("alice"));
    as(BOT, "integration")
        .get("/api/v1/tickets/{id}", id)
        .then()
        .statusCode(200)
        .body("allowedTransitions", empty());
    agent()
        .get("/api/v1/tickets/{id}", id)
        .then()
        .statusCode(200)
        .body("allowedTransitions", hasItems("ASSIGNED", "CANCELLED"));
  }

  @Test
  void aWatcherWhoIsNotTheRequesterIsOfferedNoMoves() {
    String alice = uniquePerson("alice");
    String bob = uniquePerson("bob");
    Map<String, Object> body = incident("Printer jams");
    body.put("watchers", List.of(bob));
    String id =
        given()
            .auth()
            .oauth2(RapportTestResource.token(alice, "requester"))
            .contentType("application/json")
            .body(body)
            .post("/api/v1/tickets")
            .then()
            .statusCode(201)
            .body("allowedTransitions", hasItems("CANCELLED"))
            .extract()
            .path("id");
    given()
        .auth()
        .oauth2(RapportTestResource.token(bob, "requester"))
        .get("/api/v1/tickets/{id}", id)
        .then()
        .statusCode(200)
        .body("allowedTransitions", empty());
    given()
        .auth()
        .oauth2(RapportTestResource.token(bob, "requester"))
        .contentType("application/json")
        .body(Map.of("to", "CANCELLED"))
        .post("/api/v1/tickets/{id}/transitions", id)
        .then()
        .statusCode(403);
  }

  @Test
  void tokensForAnotherAudienceOrFromAnotherIssuerAreRefused() {
    for (String token :
        new String[] {
          RapportTestResource.tokenForAudience("crm", "dana@example.com", "agent"),
          RapportTestResource.tokenFromIssuer(
              "https://idp.example.com", "dana@example.com", "agent"),
          RapportTestResource.expiredToken("dana@example.com", "agent")
        }) {
      given()
          .auth()
          .oauth2(token)
          .get("/api/v1/tickets")
          .then()
          .statusCode(401)
          .contentType("application/problem+json");
    }
    given()
        .auth()
        .oauth2(RapportTestResource.token("dana@example.com", "agent"))
        .get("/api/v1/tickets")
        .then()
        .statusCode(200);
  }
}
