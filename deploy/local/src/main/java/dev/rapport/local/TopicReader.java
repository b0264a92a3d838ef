package dev.rapport.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
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
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/**
 * Reads topics of the test broker with a plain Kafka consumer, as any consumer would: a group of
 * its own, from the earliest offset, so a test sees every record, including those published before
 * it subscribed. Records are kept in the order they arrive (which is their order per partition).
 *
 * <pre>{@code
 * try (TopicReader topic = new TopicReader(Topics.TICKETS)) {
 *   List<TopicReader.Event> events = topic.await(ticketId, 2);
 * }
 * }</pre>
 */
public final class TopicReader implements AutoCloseable {
  /** How long an await waits before it fails the test. */
  public static final Duration PATIENCE = Duration.ofSeconds(60);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration POLL = Duration.ofMillis(200);

  /**
   * One record as a consumer sees it: key, headers (the last value of each, as text) and value.
   *
   * @param value the record's value as UTF-8 text, whether JSON or not (a dead letter may be
   *     neither)
   */
  public record Event(
      String topic,
      String key,
      Map<String, String> headers,
      String value,
      int partition,
      long offset) {

    /** The CloudEvents type (header {@code ce_type}), or null. */
    public String type() {
      return header("ce_type");
    }

    /** The value of header {@code name}, or null. */
    public String header(String name) {
      return headers.get(name);
    }

    /** The value read as JSON (the CloudEvent's data); null for a record without a value. */
    public JsonNode data() {
      if (value == null) {
        return null;
      }
      try {
        return JSON.readTree(value);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(
            "the record at " + topic + "-" + partition + "@" + offset + " is not JSON", e);
      }
    }
  }

  private final KafkaConsumer<String, String> consumer;
  private final List<Event> seen = new ArrayList<>();

  /** Subscribes to {@code topics} (e.g. {@code Topics.TICKETS} or a dead-letter topic). */
  public TopicReader(String... topics) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RapportTestResource.bootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    consumer = new KafkaConsumer<>(props);
    consumer.subscribe(List.of(topics));
  }

  /** Waits for {@code count} records with this key; answers all seen with it, in order. */
  public List<Event> await(String key, int count) {
    return await(key, events -> events.size() >= count);
  }

  /** Waits until the records with this key satisfy {@code done}; answers them in order. */
  public List<Event> await(String key, Predicate<List<Event>> done) {
    return awaitMatching(withKey(key), done);
  }

  /** Waits until the records matching {@code which} satisfy {@code done}; answers them. */
  public List<Event> awaitMatching(Predicate<Event> which, Predicate<List<Event>> done) {
    Awaitility.await()
        .atMost(PATIENCE)
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              poll();
              return done.test(matching(which));
            });
    return matching(which);
  }

  /** The records with this key that have arrived by now, in order, without waiting for more. */
  public List<Event> seen(String key) {
    return seen(withKey(key));
  }

  /** The records matching {@code which} that have arrived by now, without waiting for more. */
  public List<Event> seen(Predicate<Event> which) {
    poll();
    return matching(which);
  }

  private static Predicate<Event> withKey(String key) {
    return event -> key.equals(event.key());
  }

  private void poll() {
    for (ConsumerRecord<String, String> r : consumer.poll(POLL)) {
      seen.add(toEvent(r));
    }
  }

  private List<Event> matching(Predicate<Event> which) {
    return seen.stream().filter(which).toList();
  }

  private static Event toEvent(ConsumerRecord<String, String> r) {
    Map<String, String> headers = new HashMap<>();
    for (Header h : r.headers()) {
      headers.put(
          h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
    }
    return new Event(
        r.topic(),
        r.key(),
        Collections.unmodifiableMap(headers),
        r.value(),
        r.partition(),
        r.offset());
  }

  @Override
  public void close() {
    consumer.close();
  }
}
