package dev.rapport.notification.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.rapport.events.Topics;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.local.openapi.ContractValidation;
import dev.rapport.notification.DeliveryTestProfile;
import dev.rapport.notification.Fixtures;
import dev.rapport.notification.domain.Channel;
import dev.rapport.notification.domain.Delivery;
import dev.rapport.notification.domain.DeliveryStatus;
import dev.rapport.notification.domain.TrackedLinks;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(DeliveryTestProfile.class)
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "notification-service"))
class DeliveryResourceTest {
  private static final String LEAD = RapportTestResource.token("lee@example.com", "lead");

  @Inject TrackedLinks links;

  /** Three in-app messages about one ticket, marked as sent already so nothing sends them. */
  private List<Delivery> threeAboutOneTicket(String recipient) {
    UUID ticket = UUID.randomUUID();
    UUID person = UUID.randomUUID();
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Instant t = Instant.now().minusSeconds(60);
              List<Delivery> made = new java.util.ArrayList<>();
              for (int i = 0; i < 3; i++) {
                Delivery d = new Delivery();
                d.id = UUID.randomUUID();
                d.eventId = UUID.randomUUID().toString();
                d.eventType = "rapport.ticket.resolved.v1";
                d.ticketId = ticket;
                d.ticketKey = "T-" + (1000 + i);
                d.recipient = recipient;
                d.personId = person;
                d.audience = dev.rapport.notification.domain.Audience.REQUESTER;
                d.channel = Channel.IN_APP;
                d.subject = "Resolved " + i;
                d.bodyText = "Resolved";
                d.status = i == 2 ? DeliveryStatus.SUPPRESSED : DeliveryStatus.SENT;
                d.createdAt = t.plusSeconds(i);
                d.persist();
                made.add(d);
              }
              return made;
            });
  }

  @Test
  void staffSearchNewestFirstPageByPage() {
    String recipient = Fixtures.unique("ana") + "@example.com";
    List<Delivery> made = threeAboutOneTicket(recipient);
    UUID ticket = made.get(0).ticketId;

    JsonPath first =
        given()
            .auth()
            .oauth2(LEAD)
            .queryParam("ticketId", ticket.toString())
            .queryParam("limit", 2)
            .get("/api/v1/deliveries")
            .then()
            .statusCode(200)
            .body("items", hasSize(2))
            .body("nextCursor", notNullValue())
            .extract()
            .jsonPath();
    assertThat(first.getList("items.subject")).containsExactly("Resolved 2", "Resolved 1");
    given()
        .auth()
        .oauth2(LEAD)
        .queryParam("ticketId", ticket.toString())
        .queryParam("limit", 2)
        .queryParam("after", first.getString("nextCursor"))
        .get("/api/v1/deliveries")
        .then()
        .statusCode(200)
        .body("items.subject", equalTo(List.of("Resolved 0")))
        .body("nextCursor", nullValue());

    given()
        .auth()
        .oauth2(LEAD)
        .queryParam("recipient", recipient.toUpperCase())
        .queryParam("status", "sent")
        .get("/api/v1/deliveries")
        .then()
        .statusCode(200)
        .body("items.subject", equalTo(List.of("Resolved 1", "Resolved 0")));
    given()
        .auth()
        .oauth2(LEAD)
        .queryParam("personId", made.get(0).personId.toString())
        .queryParam("status", "SUPPRESSED,DEAD")
        .get("/api/v1/deliveries")
        .then()
        .statusCode(200)
        .body("items.subject", equalTo(List.of("Resolved 2")))
        .body("items[0].attempts", equalTo(0))
        .body("items[0].channel", equalTo("IN_APP"));

    given()
        .auth()
        .oauth2(LEAD)
        .get("/api/v1/deliveries/" + made.get(1).id)
        .then()
        .statusCode(200)
        .header("ETag", notNullValue())
        .body("recipient", equalTo(recipient))
        .body("status", equalTo("SENT"));
  }

  @Test
  void onlySupportStaffSeeDeliveriesAndBadFiltersAre400() {
    String requester = RapportTestResource.token("ana@example.com", "requester");
    given().auth().oauth2(requester).get("/api/v1/deliveries").then().statusCode(403);
    given()
        .auth()
        .oauth2(RapportTestResource.token("bot@example.com", "integration"))
        .get("/api/v1/deliveries")
        .then()
        .statusCode(403);
    given()
        .filter(ContractValidation.invalidRequestOnPurpose())
        .get("/api/v1/deliveries")
        .then()
        .statusCode(401); // no token
    given()
        .auth()
        .oauth2(RapportTestResource.token("sam@example.com", "agent"))
        .get("/api/v1/deliveries")
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(LEAD)
        .queryParam("status", "LOST")
        .get("/api/v1/deliveries")
        .then()
        .statusCode(400)
        .body("type", equalTo("https://rapport.dev/problems/invalid-parameter"));
    given()
        .auth()
        .oauth2(LEAD)
        .filter(ContractValidation.invalidRequestOnPurpose()) // ticketId is a uuid
        .queryParam("ticketId", "T-1")
        .get("/api/v1/deliveries")
        .then()
        .statusCode(400);
    given()
        .auth()
        .oauth2(LEAD)
        .filter(ContractValidation.invalidRequestOnPurpose()) // limit is 1 to 200
        .queryParam("limit", 0)
        .get("/api/v1/deliveries")
        .then()
        .statusCode(400);
    given()
        .auth()
        .oauth2(LEAD)
        .queryParam("after", "nonsense")
        .get("/api/v1/deliveries")
        .then()
        .statusCode(400)
        .body("type", equalTo("https://rapport.dev/problems/invalid-cursor"));
    given()
        .auth()
        .oauth2(LEAD)
        .get("/api/v1/deliveries/" + UUID.randomUUID())
        .then()
        .statusCode(404);
  }

  @Test
  void aTrackedLinkRecordsTheFirstReadAndLeadsToTheTicket() {
    Delivery d = threeAboutOneTicket(Fixtures.unique("bo") + "@example.com").get(0);
    String link = links.linkFor(d);
    assertThat(link).startsWith("https://notify.example.com/r/");
    String path = link.substring("https://notify.example.com".length());

    for (int i = 0; i < 2; i++) {
      given()
          .redirects()
          .follow(false)
          .get(path)
          .then()
          .statusCode(303)
          .header("Location", equalTo("https://portal.example.com/tickets/" + d.ticketKey));
    }
    try (TopicReader topic = new TopicReader(Topics.NOTIFICATIONS)) {
      TopicReader.Event read = topic.await(d.id.toString(), 1).get(0);
      assertThat(read.type()).isEqualTo("rapport.notification.read.v1");
      assertThat(read.data().path("how").asText()).isEqualTo("LINK");
      assertThat(topic.seen(d.id.toString())).hasSize(1); // the second follow is no new read
    }
    assertThat(Fixtures.reload(d.id).readAt).isNotNull();

    given()
        .redirects()
        .follow(false)
        .get(path + "x")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .redirects()
        .follow(false)
        .get("/r/" + links.token(UUID.randomUUID()))
        .then()
        .statusCode(404);
  }
}
