package dev.rapport.ticket.sla;

import static dev.rapport.ticket.sla.SlaAdmin.admin;
import static dev.rapport.ticket.sla.SlaAdmin.calendar;
import static dev.rapport.ticket.sla.SlaAdmin.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.rapport.local.RapportTestResource;
import dev.rapport.ticket.api.Api;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
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
class CalendarApiTest {
  private static final String CALENDARS = "/api/v1/calendars";

  @Inject PolicyChanges changes;

  @Test
  void theMigrationShipsTwentyFourSevenAndLondonBusinessHours() {
    var page = Api.agent().get(CALENDARS).then().statusCode(200);
    page.body("items.name", hasItem("24x7")).body("items.name", hasItem("business-hours"));
    String id =
        Api.agent()
            .get(CALENDARS)
            .then()
            .extract()
            .path("items.find { it.name == 'business-hours' }.id");
    Api.agent()
        .get(CALENDARS + "/{id}", id)
        .then()
        .statusCode(200)
        .body("zone", equalTo("Europe/London"))
        .body("builtIn", equalTo(false))
        .body("hours.MONDAY[0].start", equalTo("09:00"))
        .body("hours.FRIDAY[0].end", equalTo("17:00"))
        .body("hours.SATURDAY.size()", equalTo(0))
        .body("holidays.size()", equalTo(0));
  }

  @Test
  void anAdminCreatesReplacesAndDeletesACalendarWithIfMatch() {
    String name = "NY office " + Api.uniquePerson("cal");
    var created = admin().body(calendar(name)).post(CALENDARS).then().statusCode(201);
    String id = created.extract().path("id");
    assertThat(created.extract().header("Location")).endsWith(CALENDARS + "/" + id);
    assertThat(created.extract().header("ETag")).isEqualTo("\"0\"");
    created
        .body("hours.MONDAY[0].end", equalTo("18:00"))
        .body("holidays[0]", equalTo("2026-12-25"));

    Map<String, Object> split = calendar(name + " split");
    split.put(
        "hours",
        Map.of(
            "monday",
            List.of(
                Map.of("start", "13:00", "end", "24:00"),
                Map.of("start", "08:00", "end", "12:00"))));
    admin()
        .body(split)
        .put(CALENDARS + "/{id}", id)
        .then()
        .statusCode(428)
        .contentType("application/problem+json")
        .body("type", containsString("if-match-required"));
    admin()
        .header("If-Match", "\"7\"")
        .body(split)
        .put(CALENDARS + "/{id}", id)
        .then()
        .statusCode(412);
    admin()
        .header("If-Match", "\"0\"")
        .body(split)
        .put(CALENDARS + "/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("name", equalTo(name + " split"))
        .body("hours.MONDAY.start", equalTo(List.of("08:00", "13:00")))
        .body("hours.MONDAY[1].end", equalTo("24:00"))
        .body("hours.TUESDAY.size()", equalTo(0));
    // An unused calendar changed: nobody's clocks to re-time.
    assertThat(changes.causes()).noneMatch(c -> c.contains(name));

    SlaAdmin.deleting().delete(CALENDARS + "/{id}", id).then().statusCode(428);
    SlaAdmin.deleting()
        .header("If-Match", "\"1\"")
        .delete(CALENDARS + "/{id}", id)
        .then()
        .statusCode(204);
    Api.agent().get(CALENDARS + "/{id}", id).then().statusCode(404);
  }

  @Test
  void aRetriedCreateWithTheSameIdempotencyKeyCreatesOneCalendar() {
    String name = "Retried " + Api.uniquePerson("cal");
    String key = UUID.randomUUID().toString();
    String first =
        admin()
            .header("Idempotency-Key", key)
            .body(calendar(name))
            .post(CALENDARS)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    admin()
        .header("Idempotency-Key", key)
        .body(calendar(name))
        .post(CALENDARS)
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(first));
    SlaAdmin.delete("calendars", first).statusCode(204);
  }

  @Test
  void theBuiltInCalendarCannotBeReplacedOrDeleted() {
    String id =
        Api.agent().get(CALENDARS).then().extract().path("items.find { it.name == '24x7' }.id");
    admin()
        .header("If-Match", "\"0\"")
        .body(calendar("24x7"))
        .put(CALENDARS + "/{id}", id)
        .then()
        .statusCode(409)
        .body("type", containsString("built-in-calendar"));
    SlaAdmin.deleting()
        .header("If-Match", "\"0\"")
        .delete(CALENDARS + "/{id}", id)
        .then()
        .statusCode(409)
        .body("type", containsString("built-in-calendar"));
    Api.agent().get(CALENDARS + "/{id}", id).then().body("hours.SUNDAY[0].end", equalTo("24:00"));
  }

  @Test
  void aCalendarAPolicyUsesCannotBeDeletedAndItsChangeRetimesTickets() {
    String name = "Used " + Api.uniquePerson("cal");
    String calendarId = created("calendars", calendar(name));
    Map<String, Object> policy = SlaAdmin.policy("On " + name, "P4");
    policy.put("ticketType", "SERVICE_REQUEST");
    policy.put("calendar", name);
    String policyId = created("sla-policies", policy);
    try {
      SlaAdmin.deleting()
          .header("If-Match", "\"0\"")
          .delete(CALENDARS + "/{id}", calendarId)
          .then()
          .statusCode(409)
          .body("type", containsString("calendar-in-use"))
          .body("detail", containsString("On " + name));
      admin()
          .header("If-Match", "\"0\"")
          .body(calendar(name))
          .put(CALENDARS + "/{id}", calendarId)
          .then()
          .statusCode(200);
      assertThat(changes.causes()).contains("calendar '" + name + "' changed");
    } finally {
      SlaAdmin.delete("sla-policies", policyId).statusCode(204);
    }
    SlaAdmin.delete("calendars", calendarId).statusCode(204);
  }

  @Test
  void everyInvalidCalendarIsA400NamingTheFieldAndWritesNothing() {
    String name = "Invalid " + Api.uniquePerson("cal");
    List<Map.Entry<String, Consumer<Map<String, Object>>>> cases = new ArrayList<>();
    cases.add(Map.entry("zone", b -> b.put("zone", "Mars/Olympus")));
    cases.add(Map.entry("zone", b -> b.put("zone", "+01:00")));
    cases.add(Map.entry("hours.MONDAY[0].start", b -> hours(b, "9am", "17:00")));
    cases.add(Map.entry("hours.MONDAY[0].end", b -> hours(b, "09:00", "25:00")));
    cases.add(Map.entry("hours.MONDAY[0].end", b -> hours(b, "17:00", "09:00")));
    cases.add(Map.entry("hours.MONDAY", b -> hours(b, "09:00", "13:00", "12:00", "17:00")));
    cases.add(Map.entry("hours", b -> b.put("hours", Map.of("SATURDAY", List.of()))));
    cases.add(Map.entry("hours.FUNDAY", b -> b.put("hours", Map.of("FUNDAY", List.of()))));
    cases.add(
        Map.entry("holidays[1]", b -> b.put("holidays", List.of("2026-12-25", "2026-12-25"))));
    cases.add(Map.entry("holidays[0]", b -> b.put("holidays", List.of("25/12/2026"))));
    cases.add(
        Map.entry(
            "hours.MONDAY",
            b -> {
              List<Map<String, String>> many = new ArrayList<>();
              for (int h = 0; h < 13; h++) {
                many.add(
                    Map.of(
                        "start", String.format("%02d:00", h), "end", String.format("%02d:30", h)));
              }
              b.put("hours", Map.of("MONDAY", many));
            }));
    cases.forEach(
        c -> {
          String field = c.getKey();
          Consumer<Map<String, Object>> breakIt = c.getValue();
          Map<String, Object> body = new HashMap<>(calendar(name));
          breakIt.accept(body);
          SlaAdmin.invalid()
              .body(body)
              .post(CALENDARS)
              .then()
              .statusCode(400)
              .contentType("application/problem+json")
              .body("errors[0].field", equalTo(field))
              .body("detail", containsString(field));
        });
    Api.agent()
        .queryParam("limit", 200)
        .get(CALENDARS)
        .then()
        .body("items.name", not(hasItem(name)));
  }

  /** Monday's opening spans, each {start, end}. */
  private static void hours(Map<String, Object> body, String... startsAndEnds) {
    List<Map<String, String>> spans = new ArrayList<>();
    for (int i = 0; i < startsAndEnds.length; i += 2) {
      spans.add(Map.of("start", startsAndEnds[i], "end", startsAndEnds[i + 1]));
    }
    body.put("hours", Map.of("MONDAY", spans));
  }
}
