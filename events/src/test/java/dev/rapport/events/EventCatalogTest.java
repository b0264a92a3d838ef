package dev.rapport.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EventCatalogTest {

  @Test
  void every_type_is_named_rapport_aggregate_happened_v1() {
    for (EventCatalog.Entry entry : EventCatalog.all()) {
      assertThat(entry.type())
          .matches("rapport\\.[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*\\.v1")
          .isEqualTo(
              "rapport." + entry.aggregate() + "." + entry.happened() + ".v" + entry.version());
      assertThat(entry.version()).isEqualTo(1);
    }
  }

  @Test
  void type_is_the_records_TYPE_constant() throws Exception {
    for (EventCatalog.Entry entry : EventCatalog.all()) {
      Field field = entry.payload().getField("TYPE");
      assertThat(Modifier.isStatic(field.getModifiers())).isTrue();
      assertThat(field.get(null)).as(entry.payload().getSimpleName()).isEqualTo(entry.type());
    }
  }

  @Test
  void types_and_records_are_unique() {
    assertThat(EventCatalog.all()).extracting(EventCatalog.Entry::type).doesNotHaveDuplicates();
    assertThat(EventCatalog.all()).extracting(EventCatalog.Entry::payload).doesNotHaveDuplicates();
  }

  @Test
  void ticket_events_go_to_the_tickets_topic() {
    assertThat(EventCatalog.all())
        .filteredOn(e -> e.aggregate().equals("ticket"))
        .hasSize(14)
        .allSatisfy(e -> assertThat(e.topic()).isEqualTo(Topics.TICKETS));
    assertThat(EventCatalog.onTopic(Topics.TICKETS)).hasSize(14);
    assertThat(EventCatalog.all()).allSatisfy(e -> assertThat(Topics.ALL).contains(e.topic()));
  }

  @Test
  void survey_pulse_and_alert_events_go_to_the_engagement_topic() {
    assertThat(EventCatalog.onTopic(Topics.ENGAGEMENT))
        .extracting(EventCatalog.Entry::type)
        .containsExactly(
            "rapport.survey.requested.v1",
            "rapport.survey.cancelled.v1",
            "rapport.survey.answered.v1",
            "rapport.pulse.invited.v1",
            "rapport.engagement.alert.v1");
  }

  @Test
  void people_and_skills_events_go_to_their_topics() {
    assertThat(EventCatalog.onTopic(Topics.PEOPLE))
        .extracting(EventCatalog.Entry::type)
        .containsExactly(
            "rapport.person.upserted.v1",
            "rapport.person.deactivated.v1",
            "rapport.team.changed.v1");
    assertThat(EventCatalog.onTopic(Topics.SKILLS))
        .extracting(EventCatalog.Entry::type)
        .containsExactly(
            "rapport.skill-gap.changed.v1",
            "rapport.training.assigned.v1",
            "rapport.training.completed.v1");
    assertThat(EventCatalog.onTopic(Topics.NOTIFICATIONS))
        .extracting(EventCatalog.Entry::type)
        .containsExactly(
            "rapport.notification.delivered.v1",
            "rapport.notification.failed.v1",
            "rapport.notification.read.v1");
  }

  @Test
  void every_type_has_a_schema_file() {
    for (EventCatalog.Entry entry : EventCatalog.all()) {
      assertThat(getClass().getClassLoader().getResource(entry.schemaResource()))
          .as(entry.schemaResource())
          .isNotNull();
      assertThat(entry.schemaId())
          .isEqualTo("https://rapport.dev/schemas/events/" + entry.type() + ".json");
    }
  }

  @Test
  void every_schema_file_belongs_to_a_type_or_is_shared() throws Exception {
    Set<String> files;
    try (Stream<Path> list = Files.list(dir(EventCatalog.SCHEMA_RESOURCE_DIR))) {
      files = list.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
    Set<String> expected =
        EventCatalog.all().stream().map(EventCatalog.Entry::schemaFile).collect(Collectors.toSet());
    EventFixtures.SHARED.values().forEach(shared -> expected.add(shared.getValue()));

    assertThat(files).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void every_payload_record_in_the_module_is_catalogued() throws Exception {
    Path classes = dir("dev/rapport/events");
    List<Class<?>> payloads;
    try (Stream<Path> walk = Files.walk(classes)) {
      payloads =
          walk.map(classes::relativize)
              .map(Path::toString)
              .filter(p -> p.endsWith(".class"))
              .map(p -> "dev.rapport.events." + p.replace('/', '.').replace(".class", ""))
              .map(EventCatalogTest::load)
              .filter(c -> EventPayload.class.isAssignableFrom(c) && !c.isInterface())
              .toList();
    }

    assertThat(payloads).hasSize(28);
    assertThat(payloads)
        .containsExactlyInAnyOrderElementsOf(
            EventCatalog.all().stream().<Class<?>>map(EventCatalog.Entry::payload).toList());
  }

  @Test
  void lookups() {
    EventCatalog.Entry opened = EventCatalog.byType("rapport.ticket.opened.v1").orElseThrow();
    assertThat(opened.aggregate()).isEqualTo("ticket");
    assertThat(opened.happened()).isEqualTo("opened");
    assertThat(opened.schemaResource()).isEqualTo("schemas/rapport.ticket.opened.v1.json");
    assertThat(EventCatalog.of(opened.payload())).isSameAs(opened);
    assertThat(EventCatalog.byType("rapport.ticket.exploded.v1")).isEmpty();
    assertThat(EventCatalog.byType("rapport.ticket.status-changed.v1").orElseThrow().happened())
        .isEqualTo("status-changed");
    assertThatThrownBy(() -> EventCatalog.of(Unlisted.class))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new EventCatalog.Entry(Unlisted.class, "ticket.opened", Topics.TICKETS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private record Unlisted() implements EventPayload {
    @Override
    public String eventType() {
      return "rapport.test.unlisted.v1";
    }

    @Override
    public String aggregateId() {
      return "x";
    }
  }

  /** A folder of the main (not test) output, where the module's classes and schemas are. */
  private static Path dir(String resource) throws URISyntaxException {
    URL root = EventPayload.class.getProtectionDomain().getCodeSource().getLocation();
    assertThat(root.getProtocol()).as("run from a directory, not a jar").isEqualTo("file");
    Path dir = Path.of(root.toURI()).resolve(resource);
    assertThat(dir).isDirectory();
    return dir;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, EventCatalogTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
