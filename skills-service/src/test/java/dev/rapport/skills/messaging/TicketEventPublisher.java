package dev.rapport.skills.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.events.EventPayload;
import dev.rapport.events.Topics;
import dev.rapport.events.ticket.Progress;
import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.local.RapportTestResource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes ticket events to rapport.tickets.v1 the way ticket-service's outbox relay does:
 * CloudEvents in Kafka binary mode, JSON data, key = ticket id.
 */
final class TicketEventPublisher implements AutoCloseable {
  private final KafkaProducer<String, String> producer;
  private final ObjectMapper json;

  TicketEventPublisher(ObjectMapper json) {
    this.json = json;
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RapportTestResource.bootstrapServers());
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    this.producer = new KafkaProducer<>(props);
  }

  /** A ticket as ticket-service would describe it. */
  static TicketSummary ticket(
      UUID id,
      String key,
      String status,
      String priority,
      String assignee,
      String teamId,
      List<String> requiredSkills,
      Instant createdAt,
      Instant updatedAt) {
    return new TicketSummary(
        id,
        key,
        "INCIDENT",
        "Something is broken",
        status,
        priority,
        "MEDIUM",
        "MEDIUM",
        "requester@example.com",
        assignee,
        teamId,
        null,
        null,
        null,
        requiredSkills,
        List.of(),
        List.of(),
        new Progress(0, 0),
        createdAt,
        updatedAt);
  }

  /** Publishes {@code event} with a new ce_id; answers the ce_id. */
  String publish(EventPayload event) {
    return publish(event, UUID.randomUUID().toString());
  }

  /** Publishes {@code event} with {@code ceId}, keyed by its ticket. */
  String publish(EventPayload event, String ceId) {
    return publish(event, ceId, event.aggregateId());
  }

  /** Publishes {@code event} with {@code ceId} under {@code key}. */
  String publish(EventPayload event, String ceId, String key) {
    try {
      send(key, json.writeValueAsString(event), ceId, event.eventType());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return ceId;
  }

  /** A record with CloudEvents headers and any text as data. */
  void send(String key, String data, String ceId, String ceType) {
    ProducerRecord<String, String> record = new ProducerRecord<>(Topics.TICKETS, key, data);
    header(record, "ce_specversion", "1.0");
    header(record, "ce_id", ceId);
    header(record, "ce_type", ceType);
    header(record, "ce_source", "/rapport/ticket-service");
    header(record, "ce_subject", key);
    header(record, "ce_time", Instant.now().toString());
    header(record, "content-type", "application/json");
    send(record);
  }

  /** A record without any CloudEvents header. */
  void sendPlain(String key, String value) {
    send(new ProducerRecord<>(Topics.TICKETS, key, value));
  }

  private void send(ProducerRecord<String, String> record) {
    try {
      producer.send(record).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void header(ProducerRecord<String, String> record, String name, String value) {
    record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    producer.close();
  }
}
