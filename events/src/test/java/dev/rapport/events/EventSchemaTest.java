package dev.rapport.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.ValidationMessage;
import dev.rapport.events.notification.NotificationDelivered;
import dev.rapport.events.notification.NotificationFailed;
import dev.rapport.events.notification.NotificationRead;
import dev.rapport.events.people.PersonDeactivated;
import dev.rapport.events.people.PersonUpserted;
import dev.rapport.events.people.TeamChanged;
import dev.rapport.events.skills.SkillGapChanged;
import dev.rapport.events.skills.TrainingAssigned;
import dev.rapport.events.skills.TrainingCompleted;
import dev.rapport.events.ticket.TicketResolved;
import dev.rapport.events.ticket.TicketSlaBreached;
import dev.rapport.events.ticket.TicketSlaWarning;
import dev.rapport.events.ticket.TicketStakeholderAdded;
import dev.rapport.events.ticket.TicketStatusChanged;
import dev.rapport.events.ticket.TicketTaskCompleted;
import dev.rapport.events.ticket.TicketUpdatePosted;
import dev.rapport.events.ticket.TicketUpdated;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every payload record, serialised as Quarkus would, matches its JSON Schema, and back. */
class EventSchemaTest {

  static Stream<Arguments> payloads() {
    List<Arguments> args = new ArrayList<>();
    for (var variant :
        Map.of("full", EventFixtures.full(), "sparse", EventFixtures.sparse()).entrySet()) {
      for (EventCatalog.Entry entry : EventCatalog.all()) {
        EventPayload payload = variant.getValue().get(entry.payload());
        assertThat(payload).as("%s fixture for %s", variant.getKey(), entry.type()).isNotNull();
        args.add(
            Arguments.of(Named.of(entry.type() + " (" + variant.getKey() + ")", entry), payload));
      }
    }
    return args.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("payloads")
  void serialised_record_validates_against_its_schema(
      EventCatalog.Entry entry, EventPayload payload) {
    JsonNode json = Schemas.MAPPER.valueToTree(payload);

    assertThat(Schemas.validate(entry, json)).as("validation errors for %s", json).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("payloads")
  void schema_describes_exactly_the_serialised_properties(
      EventCatalog.Entry entry, EventPayload payload) {
    JsonNode json = Schemas.MAPPER.valueToTree(payload);

    assertThat(Schemas.undescribed(entry.schemaFile(), json)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("payloads")
  void round_trip_gives_an_equal_record(EventCatalog.Entry entry, EventPayload payload)
      throws Exception {
    String text = Schemas.MAPPER.writeValueAsString(payload);

    assertThat(Schemas.MAPPER.readValue(text, entry.payload())).isEqualTo(payload);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("payloads")
  void payload_names_its_type_and_aggregate(EventCatalog.Entry entry, EventPayload payload) {
    assertThat(payload.eventType()).isEqualTo(entry.type());
    assertThat(payload.aggregateId()).isEqualTo(EventFixtures.aggregateOf(entry));
    assertThat(EventCatalog.of(payload)).isEqualTo(entry);
  }

  @Test
  void instants_are_iso_8601_strings() {
    JsonNode json = Schemas.MAPPER.valueToTree(full(TicketResolved.class));

    assertThat(json.at("/ticket/createdAt").asText()).isEqualTo("2026-11-26T08:41:07.312Z");
    assertThat(json.at("/ticket/updatedAt").asText()).isEqualTo("2026-11-26T09:15:42.078519Z");
  }

  // ---- the schemas can fail: every required property, enums, formats, rules ----

  static Stream<Arguments> requiredProperties() {
    List<Arguments> args = new ArrayList<>();
    for (EventCatalog.Entry entry : EventCatalog.all()) {
      JsonNode json = Schemas.MAPPER.valueToTree(EventFixtures.full().get(entry.payload()));
      for (JsonNode name : Schemas.raw(entry.schemaFile()).get("required")) {
        args.add(Arguments.of(entry.type(), "/" + name.asText(), json));
      }
      var shared = EventFixtures.SHARED.get(entry.aggregate());
      if (shared != null) {
        for (JsonNode name : Schemas.raw(shared.getValue()).get("required")) {
          args.add(Arguments.of(entry.type(), shared.getKey() + "/" + name.asText(), json));
        }
      }
    }
    return args.stream();
  }

  @ParameterizedTest(name = "{0} without {1}")
  @MethodSource("requiredProperties")
  void missing_required_property_fails(String type, String pointer, JsonNode json) {
    ObjectNode copy = json.deepCopy();
    parent(copy, pointer).remove(last(pointer));

    assertInvalid(type, copy, "required");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requiredProperties")
  void every_required_property_is_non_null_in_the_fixture(
      String type, String pointer, JsonNode json) {
    assertThat(json.at(pointer).isNull()).as("%s %s", type, pointer).isFalse();
  }

  static Stream<Arguments> badValues() {
    return Stream.of(
        bad(TicketResolved.TYPE, "/ticket/status", "OPEN", "enum"),
        bad(TicketResolved.TYPE, "/ticket/priority", "P5", "enum"),
        bad(TicketResolved.TYPE, "/ticket/impact", "CRITICAL", "enum"),
        bad(TicketResolved.TYPE, "/ticket/urgency", "high", "enum"),
        bad(TicketResolved.TYPE, "/ticket/type", "PROBLEM", "enum"),
        bad(TicketResolved.TYPE, "/ticket/stakeholders/0/level", "MANAGER", "enum"),
        bad(TicketStatusChanged.TYPE, "/to", "DONE", "enum"),
        bad(TicketStatusChanged.TYPE, "/from", "", "enum"),
        bad(TicketUpdatePosted.TYPE, "/visibility", "PRIVATE", "enum"),
        bad(TicketStakeholderAdded.TYPE, "/level", "SPONSOR", "enum"),
        bad(TicketResolved.TYPE, "/ticket/id", "T-1042", "format"),
        bad(TicketTaskCompleted.TYPE, "/taskId", "not-a-uuid", "format"),
        bad(TicketResolved.TYPE, "/ticket/createdAt", "26/11/2026 08:41", "format"),
        bad(TicketResolved.TYPE, "/ticket/updatedAt", 1764146142, "type"),
        bad(TicketResolved.TYPE, "/ticket/key", "1042", "pattern"),
        bad(TicketResolved.TYPE, "/ticket/status", "IN_PROGRESS", "const"),
        bad(TicketResolved.TYPE, "/resolution", "", "minLength"),
        bad(TicketTaskCompleted.TYPE, "/completed", "2", "type"),
        bad(TicketTaskCompleted.TYPE, "/ticket/progress/total", -1, "minimum"),
        bad(TicketUpdatePosted.TYPE, "/automatic", "yes", "type"),
        bad(TicketResolved.TYPE, "/ticket/watchers", null, "type"),
        bad(TicketResolved.TYPE, "/ticket/sla/update", "LATE", "enum"),
        bad(TicketResolved.TYPE, "/ticket/sla/nextUpdateDue", "15:00", "format"),
        bad(TicketSlaWarning.TYPE, "/clock", "FIX", "enum"),
        bad(TicketSlaWarning.TYPE, "/threshold", 1, "exclusiveMaximum"),
        bad(TicketSlaWarning.TYPE, "/target", "1 hour", "pattern"),
        bad(TicketSlaWarning.TYPE, "/cycle", 0, "minimum"),
        bad(TicketSlaBreached.TYPE, "/threshold", 0.75, "const"),
        bad(TicketSlaBreached.TYPE, "/reason", "", "minLength"),
        bad(PersonUpserted.TYPE, "/person/email", "not an address", "format"),
        bad(PersonUpserted.TYPE, "/person/teams/0/id", "network-ops", "format"),
        bad(PersonDeactivated.TYPE, "/person/active", true, "const"),
        bad(PersonUpserted.TYPE, "/person/roles", List.of("superuser"), "enum"),
        bad(PersonUpserted.TYPE, "/person/roles", List.of(), "minItems"),
        bad(PersonUpserted.TYPE, "/person/roles", List.of("agent", "agent"), "uniqueItems"),
        bad(TeamChanged.TYPE, "/change", "RENAMED", "enum"),
        bad(SkillGapChanged.TYPE, "/severity", "SEVERE", "enum"),
        bad(SkillGapChanged.TYPE, "/minimumLevel", 6, "maximum"),
        bad(SkillGapChanged.TYPE, "/gap", -1, "minimum"),
        bad(TrainingAssigned.TYPE, "/plan/targetLevel", 0, "minimum"),
        bad(TrainingAssigned.TYPE, "/plan/dueDate", "next spring", "format"),
        bad(TrainingCompleted.TYPE, "/plan/status", "IN_PROGRESS", "const"),
        bad(TrainingCompleted.TYPE, "/plan/completedAt", null, "type"),
        bad(NotificationDelivered.TYPE, "/notification/channel", "SMS", "enum"),
        bad(NotificationDelivered.TYPE, "/attempts", 0, "minimum"),
        bad(NotificationRead.TYPE, "/how", "EMAIL", "enum"),
        bad(NotificationFailed.TYPE, "/notification/audience", "MANAGER", "enum"));
  }

  @ParameterizedTest(name = "{0} with {1} = {2}")
  @MethodSource("badValues")
  void bad_value_fails(String type, String pointer, Object value, String keyword) {
    ObjectNode json = fullJson(type);
    parent(json, pointer).set(last(pointer), Schemas.MAPPER.valueToTree(value));

    assertInvalid(type, json, keyword);
  }

  @Test
  void automatic_update_must_be_public() {
    ObjectNode json = fullJson(TicketUpdatePosted.TYPE);
    json.put("automatic", true).put("visibility", "INTERNAL");

    assertInvalid(TicketUpdatePosted.TYPE, json, "const");

    json.put("visibility", "PUBLIC");
    assertThat(Schemas.validate(entry(TicketUpdatePosted.TYPE), json)).isEmpty();
  }

  @Test
  void updated_event_needs_at_least_one_change() {
    ObjectNode json = fullJson(TicketUpdated.TYPE);
    json.set("changes", Schemas.MAPPER.createArrayNode());

    assertInvalid(TicketUpdated.TYPE, json, "minItems");
  }

  // ---- closed-world check: the walker catches what validation lets through ----

  @Test
  void property_the_schema_does_not_describe_is_caught() {
    ObjectNode json = fullJson(TicketResolved.TYPE);
    json.put("resolvedBy", "sam");
    ((ObjectNode) json.get("ticket")).put("slaDueAt", "2026-11-27T08:41:07Z");
    ((ObjectNode) json.at("/ticket/stakeholders/1")).put("locale", "en-GB");

    // published schemas tolerate it (consumers ignore unknown fields) ...
    assertThat(Schemas.validate(entry(TicketResolved.TYPE), json)).isEmpty();
    // ... but the contract test does not
    assertThat(Schemas.undescribed(entry(TicketResolved.TYPE).schemaFile(), json))
        .hasSize(3)
        .anySatisfy(p -> assertThat(p).startsWith("$:").contains("resolvedBy"))
        .anySatisfy(p -> assertThat(p).startsWith("$.ticket:").contains("slaDueAt"))
        .anySatisfy(p -> assertThat(p).startsWith("$.ticket.stakeholders[1]:").contains("locale"));
  }

  @Test
  void schema_property_the_record_lacks_is_caught() {
    ObjectNode json = fullJson(TicketStatusChanged.TYPE);
    json.remove("reason"); // as if the record had no such component

    assertThat(Schemas.undescribed(entry(TicketStatusChanged.TYPE).schemaFile(), json))
        .singleElement()
        .asString()
        .contains("reason");
  }

  // ---- tolerant reader: unknown properties never break a consumer ----

  @Test
  void records_ignore_unknown_properties_even_with_a_strict_mapper() throws Exception {
    ObjectMapper strict = JsonMapper.builder().addModule(new JavaTimeModule()).build();
    ObjectNode json = fullJson(TicketUpdated.TYPE);
    json.put("addedInAMinorRevision", 1);
    ((ObjectNode) json.get("ticket")).putObject("escalation").put("level", 2);
    ((ObjectNode) json.at("/ticket/sla")).put("pausedFor", "PT1H");
    ((ObjectNode) json.at("/ticket/progress")).put("percent", 33);
    ((ObjectNode) json.at("/ticket/stakeholders/0")).put("locale", "fr-FR");
    ((ObjectNode) ((ArrayNode) json.get("changes")).get(0)).put("kind", "enum");

    TicketUpdated read = strict.treeToValue(json, TicketUpdated.class);

    assertThat(read).isEqualTo(full(TicketUpdated.class));
  }

  @Test
  void person_without_roles_reads_as_a_requester_who_is_not_staff() throws Exception {
    ObjectNode json = fullJson(PersonUpserted.TYPE);
    ((ObjectNode) json.get("person")).remove("roles");

    PersonUpserted read = Schemas.MAPPER.treeToValue(json, PersonUpserted.class);

    assertThat(Schemas.validate(entry(PersonUpserted.TYPE), json)).isEmpty();
    assertThat(read.person().roles()).containsExactly("requester");
    assertThat(read.person().isStaff()).isFalse();
  }

  @Test
  void person_roles_say_who_is_staff_and_are_not_serialised_twice() {
    JsonNode json = fullJson(PersonUpserted.TYPE);

    assertThat(json.at("/person/roles"))
        .containsExactly(Schemas.MAPPER.valueToTree("agent"), Schemas.MAPPER.valueToTree("lead"));
    assertThat(json.at("/person").has("staff")).isFalse();
    assertThat(full(PersonUpserted.class).person().isStaff()).isTrue();
  }

  @Test
  void absent_lists_and_progress_read_as_empty() throws Exception {
    ObjectNode json = fullJson(TicketUpdated.TYPE);
    ObjectNode ticket = (ObjectNode) json.get("ticket");
    ticket.remove(List.of("requiredSkills", "watchers", "stakeholders", "progress"));
    json.remove("changes");

    TicketUpdated read = Schemas.MAPPER.treeToValue(json, TicketUpdated.class);

    assertThat(read.ticket().requiredSkills()).isEmpty();
    assertThat(read.ticket().watchers()).isEmpty();
    assertThat(read.ticket().stakeholders()).isEmpty();
    assertThat(read.ticket().progress().total()).isZero();
    assertThat(read.changes()).isEmpty();
  }

  // ---- the schema files themselves ----

  static Stream<String> schemaFiles() {
    return Stream.concat(
        EventFixtures.SHARED.values().stream().map(Map.Entry::getValue),
        EventCatalog.all().stream().map(EventCatalog.Entry::schemaFile));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemaFiles")
  void schema_file_is_valid_draft_2020_12(String file) {
    JsonNode schema = Schemas.raw(file);

    assertThat(schema.path("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("$id").asText()).isEqualTo(EventCatalog.SCHEMA_BASE + file);
    assertThat(schema.path("title").asText()).isNotBlank();
    assertThat(schema.path("description").asText()).isNotBlank();
    assertThat(schema.has("additionalProperties"))
        .as("published schemas leave additionalProperties open")
        .isFalse();
    assertThat(Schemas.metaSchema().validate(schema)).isEmpty();
  }

  @Test
  void event_schema_title_is_the_record_name() {
    for (EventCatalog.Entry entry : EventCatalog.all()) {
      assertThat(Schemas.raw(entry.schemaFile()).path("title").asText())
          .isEqualTo(entry.payload().getSimpleName());
    }
  }

  // ---- helpers ----

  private static Arguments bad(String type, String pointer, Object value, String keyword) {
    return Arguments.of(type, pointer, value, keyword);
  }

  private static void assertInvalid(String type, JsonNode json, String keyword) {
    Set<ValidationMessage> errors = Schemas.validate(entry(type), json);
    assertThat(errors).as("%s should be invalid: %s", type, json).isNotEmpty();
    assertThat(errors).extracting(ValidationMessage::getType).contains(keyword);
  }

  private static EventCatalog.Entry entry(String type) {
    return EventCatalog.byType(type).orElseThrow();
  }

  private static <T extends EventPayload> T full(Class<T> type) {
    return type.cast(EventFixtures.full().get(type));
  }

  private static ObjectNode fullJson(String type) {
    return Schemas.MAPPER.valueToTree(EventFixtures.full().get(entry(type).payload()));
  }

  private static ObjectNode parent(ObjectNode root, String pointer) {
    JsonNode parent = root.at(pointer.substring(0, pointer.lastIndexOf('/')));
    assertThat(parent.isObject()).as("parent of %s", pointer).isTrue();
    return (ObjectNode) parent;
  }

  private static String last(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1);
  }
}
