package dev.rapport.ticket.sla;

import static dev.rapport.ticket.api.Api.agent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.rapport.local.RapportTestResource;
import dev.rapport.local.openapi.ContractValidation;
import dev.rapport.ticket.api.Api;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * slaState=, dueBefore= and sort=nextDue on GET /api/v1/tickets, over the SLA state rows
 * (ticket_sla) of one requester's tickets, set here to known values.
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "ticket-service"))
class SlaListFiltersTest {
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  @Inject DataSource dataSource;

  private String requester;
  private String breached;
  private String atRisk;
  private String onTrack;
  private String stopped;

  @BeforeEach
  void fourTicketsInEachSlaState() throws SQLException {
    requester = Api.uniquePerson("sla-lists");
    breached = Api.open(requester);
    atRisk = Api.open(requester);
    onTrack = Api.open(requester);
    stopped = Api.open(requester);
    state(breached, Duration.ofHours(1), false, true);
    state(atRisk, Duration.ofMinutes(30), true, false);
    state(onTrack, Duration.ofHours(3), false, false);
    state(stopped, null, false, false);
  }

  private void state(String ticket, Duration nextDueIn, boolean risk, boolean late)
      throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement upsert =
            c.prepareStatement(
                "insert into ticket_sla (ticket_id, response_state, resolution_state,"
                    + " update_state, next_due, at_risk, breached, evaluated_at)"
                    + " values (?, 'RUNNING', 'RUNNING', 'RUNNING', ?, ?, ?, now())"
                    + " on conflict (ticket_id) do update set next_due = excluded.next_due,"
                    + " at_risk = excluded.at_risk, breached = excluded.breached,"
                    + " next_check_at = null")) {
      upsert.setObject(1, UUID.fromString(ticket));
      upsert.setTimestamp(2, nextDueIn == null ? null : Timestamp.from(NOW.plus(nextDueIn)));
      upsert.setBoolean(3, risk);
      upsert.setBoolean(4, late);
      upsert.executeUpdate();
    }
  }

  private List<String> ids(Map<String, ?> query) {
    return agent()
        .queryParam("requester", requester)
        .queryParams(query)
        .get("/api/v1/tickets")
        .then()
        .statusCode(200)
        .extract()
        .path("items.id");
  }

  @Test
  void slaStateListsTheBreachedAndTheAtRisk() {
    assertThat(ids(Map.of("slaState", "BREACHED"))).containsExactly(breached);
    assertThat(ids(Map.of("slaState", "at_risk"))).containsExactly(atRisk);
    assertThat(ids(Map.of("slaState", "BREACHED,AT_RISK")))
        .containsExactlyInAnyOrder(breached, atRisk);
    assertThat(ids(Map.of("slaState", List.of("BREACHED", "AT_RISK"))))
        .containsExactlyInAnyOrder(breached, atRisk);
    // The requester filters their own tickets the same way.
    assertThat(
            Api.requester(requester)
                .queryParam("slaState", "BREACHED")
                .get("/api/v1/tickets")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("items.id"))
        .containsExactly(breached);
  }

  @Test
  void dueBeforeListsWhatFallsDueByThen() {
    assertThat(ids(Map.of("dueBefore", NOW.plus(Duration.ofHours(2)).toString())))
        .containsExactlyInAnyOrder(breached, atRisk);
    assertThat(ids(Map.of("dueBefore", NOW.toString()))).isEmpty();
    assertThat(
            ids(
                Map.of(
                    "dueBefore", NOW.plus(Duration.ofHours(2)).toString(), "slaState", "AT_RISK")))
        .containsExactly(atRisk);
  }

  @Test
  void nextDueSortsTheSoonestFirstPageByPageAndLeavesOutStoppedClocks() {
    assertThat(ids(Map.of("sort", "nextDue"))).containsExactly(atRisk, breached, onTrack);
    assertThat(ids(Map.of("sort", "-nextDue"))).containsExactly(onTrack, breached, atRisk);
    var first =
        agent()
            .queryParam("requester", requester)
            .queryParam("sort", "nextDue")
            .queryParam("limit", 2)
            .get("/api/v1/tickets")
            .then()
            .statusCode(200);
    assertThat(first.extract().<List<String>>path("items.id")).containsExactly(atRisk, breached);
    String cursor = first.extract().path("nextCursor");
    assertThat(ids(Map.of("sort", "nextDue", "limit", 2, "after", cursor)))
        .containsExactly(onTrack);
    assertThat(stopped).isNotIn(ids(Map.of("sort", "nextDue")));
  }

  @Test
  void ticketsAsTrackedSortByTheirFirstDueClock() {
    String someone = Api.uniquePerson("sla-sorted");
    Map<String, Object> low = Api.incident("Desk lamp flickers");
    low.put("impact", "LOW");
    low.put("urgency", "LOW");
    Map<String, Object> critical = Api.incident("Payments down");
    critical.put("impact", "HIGH");
    String p4 = Api.open(someone, low);
    String p2 = Api.open(someone);
    String p1 = Api.open(someone, critical);
    // Response due: P1 in 15 min, P2 in 30 min, P4 in a business day.
    assertThat(
            agent()
                .queryParam("requester", someone)
                .queryParam("sort", "nextDue")
                .get("/api/v1/tickets")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("items.id"))
        .containsExactly(p1, p2, p4);
  }

  @Test
  void badSlaParametersAre400ProblemsNamingTheParameter() {
    invalid()
        .queryParam("slaState", "LATE")
        .get("/api/v1/tickets")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("slaState must be one of BREACHED, AT_RISK"));
    invalid()
        .queryParam("dueBefore", "tomorrow")
        .get("/api/v1/tickets")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("dueBefore"));
    invalid()
        .queryParam("dueBefore", "+20000-01-01T00:00:00Z")
        .get("/api/v1/tickets")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("dueBefore"));
    invalid()
        .queryParam("sort", "dueAt")
        .get("/api/v1/tickets")
        .then()
        .statusCode(400)
        .body("detail", containsString("nextDue"));
  }

  private static RequestSpecification invalid() {
    return agent().filter(ContractValidation.invalidRequestOnPurpose());
  }
}
