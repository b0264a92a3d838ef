package dev.rapport.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rapport.events.Topics;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LocalInfrastructureTest {
  private static LocalInfrastructure infrastructure;

  @BeforeAll
  static void start() {
    infrastructure = LocalInfrastructure.startTemporary();
  }

  @AfterAll
  static void stop() {
    if (infrastructure != null) {
      infrastructure.stop();
    }
  }

  @Test
  void postgresIsVersion17AndCreatesDatabases() throws Exception {
    EmbeddedPostgresServer postgres = infrastructure.postgres();
    postgres.createDatabase("demo_service");
    postgres.createDatabase("demo_service"); // a second time is no error

    try (Connection connection =
            DriverManager.getConnection(
                postgres.jdbcUrl("demo_service"),
                EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD);
        Statement statement = connection.createStatement();
        ResultSet version = statement.executeQuery("select version()")) {
      assertThat(version.next()).isTrue();
      assertThat(version.getString(1)).startsWith("PostgreSQL 17");
    }
  }

  @Test
  void kafkaRoundTripSurvivesABrokerRestart() {
    KafkaBroker kafka = infrastructure.kafka();
    kafka.createTopics(Topics.ALL, 3);
    kafka.createTopics(Topics.ALL, 3); // existing topics are no error
    String topic = Topics.TICKETS;

    String before = UUID.randomUUID().toString();
    send(topic, before);
    assertReceived(topic, before);

    String bootstrapServers = kafka.bootstrapServers();
    kafka.stop();
    assertThat(kafka.isRunning()).isFalse();
    assertThat(Ports.accepts(kafka.port())).isFalse();
    kafka.start();

    assertThat(kafka.bootstrapServers()).isEqualTo(bootstrapServers);
    String after = UUID.randomUUID().toString();
    send(topic, after);
    // The log directory survived the restart: the first record is still there.
    assertReceived(topic, before, after);
  }

  private void send(String topic, String value) {
    Map<String, Object> config =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            infrastructure.kafka().bootstrapServers(),
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
            StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
            StringSerializer.class);
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
      producer.send(new ProducerRecord<>(topic, value, value)).get();
    } catch (Exception e) {
      throw new AssertionError("Could not send to " + topic, e);
    }
  }

  /** Reads {@code topic} from the start with a new consumer group until all values are seen. */
  private void assertReceived(String topic, String... expected) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            infrastructure.kafka().bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG,
            "test-" + UUID.randomUUID(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest",
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
            StringDeserializer.class,
            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
            StringDeserializer.class);
    List<String> values = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
      consumer.subscribe(List.of(topic));
      await()
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(
              () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
                assertThat(values).contains(expected);
              });
    }
  }
}
