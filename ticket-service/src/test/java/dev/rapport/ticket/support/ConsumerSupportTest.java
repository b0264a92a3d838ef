package dev.rapport.ticket.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.events.Topics;
import dev.rapport.local.RapportTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shared consumer plumbing on the real broker: a redelivered event is applied once, a poison
 * event lands on the dead-letter topic with its error, its partial effect rolls back, and the
 * consumer goes on.
 */
@QuarkusTest
@TestProfile(ConsumerSupportTest.Profile.class)
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "ticket-service"))
class ConsumerSupportTest {
  private static final String DLQ = Topics.deadLetter(ProbeConsumer.TOPIC, "ticket-service");

  public static class Profile implements QuarkusTestProfile {
    @Override
    public Set<Class<?>> getEnabledAlternatives() {
      return Set.of(ProbeConsumer.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
      String channel = "mp.messaging.incoming." + ProbeConsumer.CHANNEL + ".";
      return Map.of(
          channel + "connector", "smallrye-kafka",
          channel + "topic", ProbeConsumer.TOPIC,
          channel + "group.id", "ticket-service-probe",
          channel + "auto.offset.reset", "earliest",
          channel + "value.deserializer", StringDeserializer.class.getName(),
          channel + "failure-strategy", "dead-letter-queue",
          channel + "dead-letter-queue.topic", DLQ);
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
    try (KafkaProducer<String, String> producer = producer()) {
      send(producer, first, "{\"n\":1}");
      send(producer, first, "{\"n\":1}"); // a redelivery: same ce_id
      send(producer, poison, "{\"poison\":true}");
      send(producer, after, "{\"n\":2}");
    }

    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
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

    List<ConsumerRecord<String, String>> dead = deadLetters(poison);
    assertThat(dead).hasSize(1);
    assertThat(
            new String(
                dead.get(0).headers().lastHeader("dead-letter-reason").value(),
                StandardCharsets.UTF_8))
        .contains("cannot digest event " + poison);
  }

  private static List<ConsumerRecord<String, String>> deadLetters(String ceId) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RapportTestResource.bootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    List<ConsumerRecord<String, String>> found = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
      consumer.subscribe(List.of(DLQ));
      Awaitility.await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                  var id = r.headers().lastHeader("ce_id");
                  if (id != null && ceId.equals(new String(id.value(), StandardCharsets.UTF_8))) {
                    found.add(r);
                  }
                }
                return !found.isEmpty();
              });
    }
    return found;
  }

  private static void send(KafkaProducer<String, String> producer, String ceId, String data)
      throws Exception {
    ProducerRecord<String, String> record =
        new ProducerRecord<>(ProbeConsumer.TOPIC, "probe-aggregate", data);
    header(record, "ce_specversion", "1.0");
    header(record, "ce_id", ceId);
    header(record, "ce_type", "rapport.probe.happened.v1");
    header(record, "ce_source", "/rapport/test");
    header(record, "ce_time", Instant.now().toString());
    header(record, "content-type", "application/json");
    producer.send(record).get();
  }

  private static void header(ProducerRecord<String, String> record, String name, String value) {
    record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  private static KafkaProducer<String, String> producer() {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RapportTestResource.bootstrapServers());
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    return new KafkaProducer<>(props);
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
