package dev.rapport.skills.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.rapport.local.RapportTestResource;
import dev.rapport.skills.HandBuilt;
import dev.rapport.skills.domain.TicketDemand;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Demand and workload reads on a hand-built ticket projection (the consumer's own test feeds it
 * from the broker): names the catalogue learns later, windows, and who may read.
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "skills-service"))
class DemandResourceTest {
  @Inject TicketDemand ticketDemand;

  @Test
  void aNameTheCatalogueLearnsLaterCountsForTheNewSkill() {
    String team = HandBuilt.unique("team");
    String rust = HandBuilt.unique("Rust");
    ticketNeeding(team, rust);
    ticketNeeding(team, rust.toUpperCase());

    JsonPath before = demand(team, null);
    assertThat(before.getList("items.inCatalogue")).containsExactly(false);
    assertThat(before.getList("items.tickets")).containsExactly(2);
    assertThat(before.getList("items.unmet")).containsExactly(2);

    UUID rustId = HandBuilt.skill(rust);
    JsonPath after = demand(team, null);
    assertThat(after.getList("items.inCatalogue")).containsExactly(true);
    assertThat(after.getList("items.skillId")).containsExactly(rustId.toString());
    assertThat(after.getList("items.skill")).containsExactly(rust);
    assertThat(
            ticketDemand
                .bySkill(Optional.of(team), Instant.now().minus(Duration.ofDays(1)))
                .get(rustId))
        .isEqualTo(new TicketDemand.Demand(2, 2));
  }

  @Test
  void windowsAndRoles() {
    String team = HandBuilt.unique("team");
    assertThat(demand(team, "PT1H").getString("window")).isEqualTo("PT1H");
    for (String bad : new String[] {"30 days", "P-3D", "PT0S", "P9999D"}) {
      given()
          .auth()
          .oauth2(RapportTestResource.token("lead@example.com", "lead"))
          .queryParam("window", bad)
          .get("/api/v1/demand")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("type", endsWith("/invalid-window"));
    }
    given()
        .auth()
        .oauth2(RapportTestResource.token("someone@example.com", "requester"))
        .get("/api/v1/demand")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void aPersonSeesTheirOwnWorkloadAndOtherRequestersDoNot() {
    String pat = HandBuilt.unique("pat");
    HandBuilt.person(pat);
    given()
        .auth()
        .oauth2(RapportTestResource.token(pat, "requester"))
        .get("/api/v1/people/me/workload")
        .then()
        .statusCode(200)
        .body("userName", equalTo(pat))
        .body("openTickets", equalTo(0));
    given()
        .auth()
        .oauth2(RapportTestResource.token("someone@example.com", "requester"))
        .get("/api/v1/people/{p}/workload", pat)
        .then()
        // Not 403: that would tell a requester that pat exists; unknown people are 404 too.
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(RapportTestResource.token("agent@example.com", "agent"))
        .get("/api/v1/people/{p}/workload", "nobody-" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  private static void ticketNeeding(String team, String skillRef) {
    UUID id = UUID.randomUUID();
    Timestamp now = Timestamp.from(Instant.now());
    HandBuilt.update(
        "insert into tickets (id, ticket_key, status, priority, team_id, opened_at, updated_at)"
            + " values (?, ?, 'NEW', 'P3', ?, ?, ?)",
        id,
        HandBuilt.unique("T"),
        team,
        now,
        now);
    HandBuilt.update(
        "insert into ticket_skills (ticket_id, skill_ref, unmet) values (?, ?, true)",
        id,
        skillRef);
  }

  private static JsonPath demand(String team, String window) {
    var request =
        given()
            .auth()
            .oauth2(RapportTestResource.token("lead@example.com", "lead"))
            .queryParam("team", team);
    if (window != null) {
      request.queryParam("window", window);
    }
    return request.get("/api/v1/demand").then().statusCode(200).extract().jsonPath();
  }
}
