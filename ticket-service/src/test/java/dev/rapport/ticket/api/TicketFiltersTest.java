package dev.rapport.ticket.api;

import static dev.rapport.ticket.api.Api.agent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.local.RapportTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The queue filters an agent uses (type, assignee, team) and the sorts by priority and by last
 * change; each test's tickets are told apart from the others' by their own requester.
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "ticket-service"))
class TicketFiltersTest {
  private String requester;
  private String printer;
  private String laptop;
  private String vpn;

  @BeforeEach
  void threeTickets() {
    requester = Api.uniquePerson("filters");
    printer = open("INCIDENT", "Printer on fire", "HIGH", "HIGH"); // P1
    laptop = open("SERVICE_REQUEST", "New laptop for a starter", "LOW", "LOW"); // P4
    vpn = open("INCIDENT", "VPN drops", "MEDIUM", "HIGH"); // P2
    assign(printer, "dana@example.com", "service-desk");
    assign(laptop, "lee@example.com", "workplace");
  }

  @Test
  void typeAssigneeAndTeamEachNarrowTheList() {
    assertThat(ids(Map.of("type", "INCIDENT"))).containsExactlyInAnyOrder(printer, vpn);
    assertThat(ids(Map.of("type", "SERVICE_REQUEST"))).containsExactly(laptop);
    assertThat(ids(Map.of("assignee", "dana@example.com"))).containsExactly(printer);
    assertThat(ids(Map.of("assignee", "DANA@example.com"))).containsExactly(printer);
    assertThat(ids(Map.of("team", "workplace"))).containsExactly(laptop);
    assertThat(ids(Map.of("type", "INCIDENT", "team", "workplace"))).isEmpty();
  }

  @Test
  void prioritySortsMostUrgentFirstAndDescendingReversesIt() {
    assertThat(ids(Map.of("sort", "priority"))).containsExactly(printer, vpn, laptop);
    assertThat(ids(Map.of("sort", "-priority"))).containsExactly(laptop, vpn, printer);
  }

  @Test
  void updatedAtSortsByTheLastChange() {
    agent()
        .body(Map.of("title", "VPN drops every few minutes"))
        .patch("/api/v1/tickets/{id}", vpn)
        .then()
        .statusCode(200);

    // Created printer, laptop, vpn; then printer and laptop were assigned, vpn edited last.
    assertThat(ids(Map.of("sort", "-updatedAt"))).containsExactly(vpn, laptop, printer);
    assertThat(ids(Map.of("sort", "updatedAt"))).containsExactly(printer, laptop, vpn);
    assertThat(ids(Map.of())).as("default: newest first").containsExactly(vpn, laptop, printer);
  }

  private List<String> ids(Map<String, String> query) {
    return agent()
        .queryParams(query)
        .queryParam("requester", requester)
        .get("/api/v1/tickets")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.id", String.class);
  }

  private String open(String type, String title, String impact, String urgency) {
    Map<String, Object> body = Api.incident(title);
    body.put("type", type);
    body.put("impact", impact);
    body.put("urgency", urgency);
    return Api.open(requester, body);
  }

  private static void assign(String id, String assignee, String team) {
    agent()
        .body(Map.of("assigneeId", assignee, "teamId", team))
        .post("/api/v1/tickets/{id}/assignment", id)
        .then()
        .statusCode(200);
  }
}
