package dev.rapport.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.events.EventPayload;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes to a topic of the test broker the way a service's outbox relay does: CloudEvents in
 * Kafka binary mode, JSON data, key and subject = the aggregate id. Each send waits for the
 * broker's acknowledgement, so records on one partition keep the order of the calls. Also writes
 * what a relay never would (any text as data, records without CloudEvents headers) for tests of a
 * consumer's dead-lettering.
 */
public final class CloudEventWriter implements AutoCloseable {
  private final KafkaProducer<String, String> producer;
  private final String topic;
  private final String source;
  private final ObjectMapper json;

  /**
   * @param source the CloudEvents source, e.g. {@code /rapport/ticket-service}
   * @param json the mapper of the application under test, so that data reads as it would from the
   *     service that publishes it (dates, for one)
   */
  public CloudEventWriter(String topic, String source, ObjectMapper json) {
    this.topic = topic;
    this.source = source;
    this.json = json;
    this.producer = new KafkaProducer<>(producerProperties());
  }

  /** Publishes {@code event} with a new ce_id; answers the ce_id. */
  public String publish(EventPayload event) {
    return publish(event, UUID.randomUUID().toString());
  }

  /** Publishes {@code event} with {@code ceId} (e.g. to redeliver it), keyed by its aggregate. */
  public String publish(EventPayload event, String ceId) {
    return publish(event, ceId, event.aggregateId());
  }

  /** Publishes {@code event} with {@code ceId} under {@code key}; answers the ce_id. */
  public String publish(EventPayload event, String ceId, String key) {
    try {
      send(key, json.writeValueAsString(event), ceId, event.eventType());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + event.eventType() + " as JSON", e);
    }
    return ceId;
  }

  /**
   * Publishes {@code events} under one key in ONE produce request (held back until all are sent,
   * then flushed), so that a batch consumer's single poll reads them together; answers their new
   * ce_ids, in order.
   */
  public List<String> publishTogether(String key, List<? extends EventPayload> events) {
    Properties props = producerProperties();
    props.put(ProducerConfig.LINGER_MS_CONFIG, "10000");
    List<String> ceIds = new ArrayList<>();
    try (KafkaProducer<String, String> together = new KafkaProducer<>(props)) {
      for (EventPayload event : events) {
        ceIds.add(UUID.randomUUID().toString());
        together.send(
            record(
                key,
                json.writeValueAsString(event),
                ceIds.get(ceIds.size() - 1),
                event.eventType()));
      }
      together.flush();
      return ceIds;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an event as JSON", e);
    }
  }

  /** A record with CloudEvents headers and any text as data. */
  public void send(String key, String data, String ceId, String ceType) {
    send(record(key, data, ceId, ceType));
  }

  private ProducerRecord<String, String> record(
      String key, String data, String ceId, String ceType) {
    ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, data);
    header(record, "ce_specversion", "1.0");
    header(record, "ce_id", ceId);
    header(record, "ce_type", ceType);
    header(record, "ce_source", source);
    header(record, "ce_subject", key);
    header(record, "ce_time", Instant.now().toString());
    header(record, "content-type", "application/json");
    return record;
  }

  /** A record without any CloudEvents header, as a foreign producer might write. */
  public void sendWithoutCloudEventHeaders(String key, String value) {
    send(new ProducerRecord<>(topic, key, value));
  }

  private void send(ProducerRecord<String, String> record) {
    try {
      producer.send(record).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the broker did not take a record for " + topic, e);
    }
  }

  private static Properties producerProperties() {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RapportTestResource.bootstrapServers());
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    return props;
  }

  private static void header(ProducerRecord<String, String> record, String name, String value) {
    record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    producer.close();
  }
}
