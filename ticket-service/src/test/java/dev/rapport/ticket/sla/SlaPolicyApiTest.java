package dev.rapport.ticket.sla;

import static dev.rapport.ticket.sla.SlaAdmin.admin;
import static dev.rapport.ticket.sla.SlaAdmin.created;
import static dev.rapport.ticket.sla.SlaAdmin.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import dev.rapport.local.RapportTestResource;
import dev.rapport.ticket.api.Api;
import dev.rapport.ticket.domain.Priority;
import dev.rapport.ticket.domain.TicketType;
import dev.rapport.ticket.domain.sla.SlaClock;
import dev.rapport.ticket.domain.sla.SlaPolicies;
import dev.rapport.ticket.domain.sla.SlaTerms;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "ticket-service"))
class SlaPolicyApiTest {
  private static final String POLICIES = "/api/v1/sla-policies";

  @Inject SlaPolicies policies;
  @Inject PolicyChanges changes;

  private String matched(TicketType type, String service) {
    return policies
        .termsFor(Priority.P2, type, service == null ? null : UUID.fromString(service))
        .map(SlaTerms::policyName)
        .orElseThrow();
  }

  private static String service(String name) {
    return created("services", Map.of("name", name));
  }

  @Test
  void theShippedDefaultsAreListedForStaff() {
    Api.agent()
        .get(POLICIES)
        .then()
        .statusCode(200)
        .body("items.name", hasItems("P1 critical", "P2 high", "P3 normal", "P4 low"))
        .body("items.find { it.name == 'P4 low' }.targets.response", equalTo("P1D"))
        .body("items.find { it.name == 'P4 low' }.calendar.name", equalTo("business-hours"))
        .body("items.find { it.name == 'P1 critical' }.warningThresholds", equalTo(List.of(0.75f)))
        .body(
            "items.find { it.name == 'P1 critical' }.pausingStatuses.update",
            equalTo(List.of("WAITING_ON_CUSTOMER", "ON_HOLD")))
        .body(
            "items.find { it.name == 'P1 critical' }.pausingStatuses.response.size()", equalTo(0));
    Api.requester(Api.uniquePerson("req")).get(POLICIES).then().statusCode(403);
  }

  @Test
  void aServicePolicyBeatsATypePolicyWhichBeatsThePriorityDefault() {
    String suffix = Api.uniquePerson("pol");
    String payroll = service("Payroll " + suffix);
    Map<String, Object> byType = policy("P2 incidents " + suffix, "P2");
    byType.put("ticketType", "INCIDENT");
    Map<String, Object> byService = policy("P2 payroll " + suffix, "P2");
    byService.put("businessServiceId", payroll);
    byService.put("calendar", "business-hours");
    byService.put("targets", Map.of("response", "PT1H", "resolution", "P2D", "update", "PT4H"));
    String typeId = created("sla-policies", byType);
    String serviceId = created("sla-policies", byService);
    try {
      assertThat(matched(TicketType.INCIDENT, payroll)).isEqualTo("P2 payroll " + suffix);
      assertThat(matched(TicketType.INCIDENT, null)).isEqualTo("P2 incidents " + suffix);
      assertThat(matched(TicketType.SERVICE_REQUEST, null)).isEqualTo("P2 high");
      SlaTerms terms =
          policies
              .termsFor(Priority.P2, TicketType.SERVICE_REQUEST, UUID.fromString(payroll))
              .orElseThrow();
      assertThat(terms.calendarName()).isEqualTo("business-hours");
      assertThat(terms.target(SlaClock.RESOLUTION)).isEqualTo(Duration.ofHours(48));
      assertThat(changes.causes()).contains("policy 'P2 payroll " + suffix + "' created");
    } finally {
      SlaAdmin.delete("sla-policies", serviceId).statusCode(204);
    }
    // Deleted: its tickets fall back at once on this replica.
    assertThat(matched(TicketType.INCIDENT, payroll)).isEqualTo("P2 incidents " + suffix);
    SlaAdmin.delete("sla-policies", typeId).statusCode(204);
    assertThat(matched(TicketType.INCIDENT, payroll)).isEqualTo("P2 high");
    assertThat(changes.causes()).contains("policy 'P2 incidents " + suffix + "' deleted");
  }

  @Test
  void anAdminReplacesAPolicyWithIfMatchAndTheNewTermsApplyAtOnce() {
    String suffix = Api.uniquePerson("pol");
    Map<String, Object> body = policy("P3 requests " + suffix, "P3");
    body.put("ticketType", "SERVICE_REQUEST");
    var created = SlaAdmin.create("sla-policies", body).statusCode(201).header("ETag", "\"0\"");
    String id = created.extract().path("id");
    assertThat(created.extract().header("Location")).endsWith(POLICIES + "/" + id);
    created
        .body("warningThresholds", equalTo(List.of(0.75f)))
        .body("assignmentResponds", equalTo(false));
    try {
      body.put("targets", Map.of("response", "pt2m", "resolution", "PT3H", "update", "PT2M"));
      body.put("warningThresholds", List.of(0.9, 0.5));
      body.put("pausingStatuses", Map.of("update", List.of("ON_HOLD")));
      body.put("assignmentResponds", true);
      admin().body(body).put(POLICIES + "/{id}", id).then().statusCode(428);
      admin()
          .header("If-Match", "\"3\"")
          .body(body)
          .put(POLICIES + "/{id}", id)
          .then()
          .statusCode(412);
      admin()
          .header("If-Match", "\"0\"")
          .body(body)
          .put(POLICIES + "/{id}", id)
          .then()
          .statusCode(200)
          .header("ETag", "\"1\"")
          .body("targets.response", equalTo("PT2M"))
          .body("warningThresholds", equalTo(List.of(0.5f, 0.9f)))
          .body("pausingStatuses.update", equalTo(List.of("ON_HOLD")))
          .body("pausingStatuses.resolution", equalTo(List.of("WAITING_ON_CUSTOMER", "ON_HOLD")))
          .body("assignmentResponds", equalTo(true));
      SlaTerms terms =
          policies.termsFor(Priority.P3, TicketType.SERVICE_REQUEST, null).orElseThrow();
      assertThat(terms.target(SlaClock.UPDATE)).isEqualTo(Duration.ofMinutes(2));
      assertThat(terms.warningThresholds()).containsExactly(0.5, 0.9);
      assertThat(terms.assignmentResponds()).isTrue();
      assertThat(changes.causes()).contains("policy 'P3 requests " + suffix + "' changed");
    } finally {
      SlaAdmin.delete("sla-policies", id).statusCode(204);
    }
  }

  @Test
  void aPriorityDefaultCanBeReplacedButNeitherDeletedNorMoved() {
    String id =
        Api.agent().get(POLICIES).then().extract().path("items.find { it.name == 'P4 low' }.id");
    String etag = admin().get(POLICIES + "/{id}", id).then().extract().header("ETag");
    SlaAdmin.deleting()
        .header("If-Match", etag)
        .delete(POLICIES + "/{id}", id)
        .then()
        .statusCode(409)
        .body("type", containsString("priority-default-policy"));
    Map<String, Object> moved = policy("P4 low", "P4");
    moved.put("ticketType", "INCIDENT");
    admin()
        .header("If-Match", etag)
        .body(moved)
        .put(POLICIES + "/{id}", id)
        .then()
        .statusCode(409)
        .body("type", containsString("priority-default-policy"));
    // A second policy for the same match key is refused too.
    Map<String, Object> twin = policy("Another P4 default " + Api.uniquePerson("pol"), "P4");
    SlaAdmin.create("sla-policies", twin)
        .statusCode(409)
        .body("type", containsString("duplicate-sla-policy-match"))
        .body("existingId", equalTo(id));
    assertThat(policies.termsFor(Priority.P4, TicketType.INCIDENT, null).orElseThrow().policyName())
        .isEqualTo("P4 low");
  }

  @Test
  void everyInvalidPolicyIsA400Or422NamingTheProblemAndWritesNothing() {
    String name = "Invalid " + Api.uniquePerson("pol");
    List<Map.Entry<String, Consumer<Map<String, Object>>>> cases = new ArrayList<>();
    cases.add(Map.entry("targets.response", targets(null, "PT1H", "PT1H")));
    cases.add(Map.entry("targets.update", targets("PT1H", "PT1H", "2 hours")));
    cases.add(Map.entry("targets.resolution", targets("PT1H", "PT30S", "PT1H")));
    cases.add(Map.entry("targets.resolution", targets("PT1H", "P400D", "PT1H")));
    cases.add(Map.entry("targets.response", targets("PT" + "0".repeat(40) + "1H", "PT1H", "PT1H")));
    // Months are not a fixed length of business time.
    cases.add(Map.entry("targets.response", targets("P1M", "PT1H", "PT1H")));
    cases.add(Map.entry("warningThresholds[0]", b -> b.put("warningThresholds", List.of(1.0))));
    cases.add(
        Map.entry("warningThresholds[1]", b -> b.put("warningThresholds", List.of(0.5, 0.5))));
    cases.add(
        Map.entry(
            "warningThresholds",
            b -> b.put("warningThresholds", List.of(0.1, 0.2, 0.3, 0.4, 0.5, 0.6))));
    cases.add(
        Map.entry(
            "pausingStatuses.response[0]",
            b -> b.put("pausingStatuses", Map.of("response", List.of("RESOLVED")))));
    cases.add(Map.entry("priority", b -> b.remove("priority")));
    cases.forEach(
        c -> {
          Map<String, Object> body = new HashMap<>(policy(name, "P1"));
          body.put("ticketType", "SERVICE_REQUEST");
          c.getValue().accept(body);
          SlaAdmin.invalid()
              .body(body)
              .post(POLICIES)
              .then()
              .statusCode(400)
              .contentType("application/problem+json")
              .body("errors[0].field", equalTo(c.getKey()));
        });
    Map<String, Object> unknownCalendar = policy(name, "P1");
    unknownCalendar.put("ticketType", "SERVICE_REQUEST");
    unknownCalendar.put("calendar", "Mars office hours");
    Map<String, Object> unknownService = policy(name, "P1");
    unknownService.put("businessServiceId", UUID.randomUUID().toString());
    Map.of("unknown-calendar", unknownCalendar, "unknown-business-service", unknownService)
        .forEach(
            (type, body) ->
                SlaAdmin.create("sla-policies", body)
                    .statusCode(422)
                    .body("type", containsString(type)));
    Api.agent()
        .queryParam("limit", 200)
        .get(POLICIES)
        .then()
        .body("items.name", not(hasItem(name)));
  }

  private static Consumer<Map<String, Object>> targets(
      String response, String resolution, String update) {
    Map<String, String> targets = new HashMap<>();
    targets.put("response", response);
    targets.put("resolution", resolution);
    targets.put("update", update);
    return body -> body.put("targets", targets);
  }
}
