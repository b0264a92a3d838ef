package dev.rapport.ticket.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.events.Topics;
import dev.rapport.events.people.PersonSnapshot;
import dev.rapport.events.people.PersonUpserted;
import dev.rapport.local.CloudEventWriter;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shared consumer plumbing on the real broker: a redelivered event is applied once, a poison
 * event lands on the dead-letter topic with its error, its partial effect rolls back, and the
 * consumer goes on; through {@code EventIntake}, a failure that passes is retried, each try in a
 * new transaction, and one that lasts is dead-lettered after the retries.
 */
@QuarkusTest
@TestProfile(ConsumerSupportTest.Profile.class)
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "ticket-service"))
class ConsumerSupportTest {
  private static final String DLQ = Topics.deadLetter(ProbeConsumer.TOPIC, "ticket-service");
  private static final String INTAKE_DLQ = Topics.deadLetter(Topics.PEOPLE, "ticket-service-probe");

  @Inject ObjectMapper json;

  public static class Profile implements QuarkusTestProfile {
    @Override
    public Set<Class<?>> getEnabledAlternatives() {
      return Set.of(ProbeConsumer.class, IntakeProbe.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
      String channel = "mp.messaging.incoming." + ProbeConsumer.CHANNEL + ".";
      String intake = "mp.messaging.incoming." + IntakeProbe.CHANNEL + ".";
      return Map.of(
          // Every other Kafka setting of this channel is the shared one (support's config).
          intake + "topic",
          Topics.PEOPLE,
          intake + "group.id",
          "ticket-service-intake-probe",
          intake + "dead-letter-queue.topic",
          INTAKE_DLQ,
          channel + "connector",
          "smallrye-kafka",
          channel + "topic",
          ProbeConsumer.TOPIC,
          channel + "group.id",
          "ticket-service-probe",
          channel + "auto.offset.reset",
          "earliest",
          channel + "value.deserializer",
          StringDeserializer.class.getName(),
          channel + "failure-strategy",
          "dead-letter-queue",
          channel + "dead-letter-queue.topic",
          DLQ);
    }
  }

  @BeforeAll
  static void effectsTable() throws Exception {
    try (Connection db = database()) {
      db.createStatement()
          .execute("create table if not exists probe_effects (event_id text, body text)");
    }
  }

  @Test
  void repeatsAreSkippedAndPoisonGoesToTheDeadLetterTopic() throws Exception {
    String first = UUID.randomUUID().toString();
    String poison = UUID.randomUUID().toString();
    String after = UUID.randomUUID().toString();
    try (CloudEventWriter probes =
        new CloudEventWriter(ProbeConsumer.TOPIC, "/rapport/test", json)) {
      send(probes, first, "{\"n\":1}");
      send(probes, first, "{\"n\":1}"); // a redelivery: same ce_id
      send(probes, poison, "{\"poison\":true}");
      send(probes, after, "{\"n\":2}");
    }

    Awaitility.await()
        .atMost(TopicReader.PATIENCE)
        .until(
            () ->
                count("select count(*) from probe_effects where event_id = '" + after + "'") == 1);
    assertThat(count("select count(*) from probe_effects where event_id = '" + first + "'"))
        .isEqualTo(1);
    // The poison's effect and its processed-event record rolled back together.
    assertThat(count("select count(*) from probe_effects where event_id = '" + poison + "'"))
        .isZero();
    assertThat(count("select count(*) from processed_events where event_id = '" + poison + "'"))
        .isZero();

    try (TopicReader deadLetters = new TopicReader(DLQ)) {
      List<TopicReader.Event> dead =
          deadLetters.awaitMatching(
              e -> poison.equals(e.header("ce_id")), found -> !found.isEmpty());
      assertThat(dead).hasSize(1);
      assertThat(dead.get(0).header("dead-letter-reason"))
          .contains("cannot digest event " + poison);
    }
  }

  @Test
  void aPassingFailureIsRetriedInANewTransactionAndALastingOneIsDeadLettered() throws Exception {
    String flaky = "flaky-" + UUID.randomUUID();
    String doomed = "doomed-" + UUID.randomUUID();
    String flakyEvent;
    String doomedEvent;
    try (CloudEventWriter people = new CloudEventWriter(Topics.PEOPLE, "/rapport/test", json)) {
      flakyEvent = people.publish(new PersonUpserted(person(flaky), "scim"));
      doomedEvent = people.publish(new PersonUpserted(person(doomed), "scim"));
    }

    try (TopicReader deadLetters = new TopicReader(INTAKE_DLQ)) {
      List<TopicReader.Event> dead =
          deadLetters.awaitMatching(
              e -> doomedEvent.equals(e.header("ce_id")), found -> !found.isEmpty());
      assertThat(dead).hasSize(1);
      assertThat(dead.get(0).header("dead-letter-reason")).contains("the database blinked (try 4)");
    }
    Awaitility.await()
        .atMost(TopicReader.PATIENCE)
        .until(() -> IntakeProbe.TRIES.getOrDefault(flakyEvent, 0) == 3);
    // Three tries, each in its own transaction: only the last one's effect and record stayed.
    assertThat(count("select count(*) from probe_effects where event_id = '" + flakyEvent + "'"))
        .isEqualTo(1);
    assertThat(
            count(
                "select count(*) from processed_events where consumer = 'ticket-service:"
                    + IntakeProbe.CHANNEL
                    + "' and event_id = '"
                    + flakyEvent
                    + "'"))
        .isEqualTo(1);
    // The doomed one was tried once and retried three times, then left nothing behind.
    assertThat(IntakeProbe.TRIES.get(doomedEvent)).isEqualTo(4);
    assertThat(count("select count(*) from probe_effects where event_id = '" + doomedEvent + "'"))
        .isZero();
    // (ticket-service's own people consumer reads the same topic and records it under its name.)
    assertThat(
            count(
                "select count(*) from processed_events where consumer = 'ticket-service:"
                    + IntakeProbe.CHANNEL
                    + "' and event_id = '"
                    + doomedEvent
                    + "'"))
        .isZero();
  }

  private static PersonSnapshot person(String userName) {
    return new PersonSnapshot(
        UUID.randomUUID(),
        userName,
        null,
        userName,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        List.of("requester"),
        true,
        Instant.now());
  }

  private static void send(CloudEventWriter probes, String ceId, String data) {
    probes.send("probe-aggregate", data, ceId, "rapport.probe.happened.v1");
  }

  private static long count(String sql) throws Exception {
    try (Connection db = database();
        ResultSet rs = db.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Connection database() throws Exception {
    return DriverManager.getConnection(RapportTestResource.jdbcUrl(), "postgres", "postgres");
  }
}
