package dev.rapport.skills.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.events.Topics;
import dev.rapport.local.RapportTestResource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/**
 * Reads rapport.skills.v1 from the real broker with a plain Kafka consumer, as any consumer would.
 */
final class SkillTopic implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One record as a consumer sees it: key, CloudEvents headers and JSON data. */
  record Event(String key, Map<String, String> headers, JsonNode data) {
    String type() {
      return headers.get("ce_type");
    }
  }

  private final KafkaConsumer<String, byte[]> consumer;
  private final List<Event> seen = new ArrayList<>();

  SkillTopic() {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RapportTestResource.bootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    consumer = new KafkaConsumer<>(props);
    consumer.subscribe(List.of(Topics.SKILLS));
  }

  /** Waits until the events matching {@code which} satisfy {@code done}, and answers them. */
  List<Event> await(Predicate<Event> which, Predicate<List<Event>> done) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              poll();
              return done.test(matching(which));
            });
    return matching(which);
  }

  /** Everything seen so far matching {@code which}, after one more poll. */
  List<Event> seenNow(Predicate<Event> which) {
    poll();
    return matching(which);
  }

  private void poll() {
    for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
      seen.add(toEvent(r));
    }
  }

  private List<Event> matching(Predicate<Event> which) {
    return seen.stream().filter(which).toList();
  }

  private static Event toEvent(ConsumerRecord<String, byte[]> r) {
    Map<String, String> headers = new HashMap<>();
    for (Header h : r.headers()) {
      headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
    }
    try {
      return new Event(r.key(), headers, JSON.readTree(r.value()));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("record value is not JSON", e);
    }
  }

  @Override
  public void close() {
    consumer.close();
  }
}
