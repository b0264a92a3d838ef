package dev.rapport.support.messaging;

import dev.rapport.support.time.CanonicalInstants;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Reads the CloudEvent out of an incoming Kafka message: from the metadata the SmallRye Kafka
 * connector adds when it parsed the event (with {@code cloud-events=true}, which the suite turns
 * off: consumers read records, and parsing every record's headers twice cost CPU), else from the
 * {@code ce_*} headers of the record.
 *
 * @throws IllegalArgumentException when the message is not a CloudEvent (no id or type): it can
 *     never be processed, so it belongs on the dead-letter topic
 */
public final class IncomingEvents {
  private IncomingEvents() {}

  public static IncomingCloudEvent from(Message<?> message) {
    Optional<IncomingCloudEventMetadata<?>> cloudEvent =
        message
            .getMetadata(IncomingCloudEventMetadata.class)
            .map(m -> (IncomingCloudEventMetadata<?>) m);
    if (cloudEvent.isPresent()) {
      IncomingCloudEventMetadata<?> ce = cloudEvent.get();
      return checked(
          new IncomingCloudEvent(
              ce.getId(),
              ce.getType(),
              ce.getSource() == null ? null : ce.getSource().toString(),
              ce.getSubject().orElse(null),
              ce.getTimeStamp().map(time -> time.toInstant()).orElse(null),
              text(message.getPayload())));
    }
    return message
        .getMetadata(IncomingKafkaRecordMetadata.class)
        .map(kafka -> from(kafka.getHeaders(), message.getPayload()))
        .orElseThrow(
            () -> new IllegalArgumentException("not a Kafka message, so no CloudEvent headers"));
  }

  public static IncomingCloudEvent from(ConsumerRecord<?, ?> consumerRecord) {
    return from(consumerRecord.headers(), consumerRecord.value());
  }

  private static IncomingCloudEvent from(Headers headers, Object payload) {
    return checked(
        new IncomingCloudEvent(
            header(headers, CloudEventHeaders.ID),
            header(headers, CloudEventHeaders.TYPE),
            header(headers, CloudEventHeaders.SOURCE),
            header(headers, CloudEventHeaders.SUBJECT),
            time(header(headers, CloudEventHeaders.TIME)),
            text(payload)));
  }

  private static IncomingCloudEvent checked(IncomingCloudEvent event) {
    if (event.id() == null || event.id().isBlank() || event.type() == null) {
      throw new IllegalArgumentException(
          "not a CloudEvent: "
              + CloudEventHeaders.ID
              + " or "
              + CloudEventHeaders.TYPE
              + " missing");
    }
    return event;
  }

  private static String header(Headers headers, String name) {
    Header header = headers.lastHeader(name);
    return header == null || header.value() == null
        ? null
        : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static Instant time(String value) {
    if (value == null) {
      return null;
    }
    Instant canonical = CanonicalInstants.parse(value);
    if (canonical != null) {
      return canonical;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("ce_time is not an RFC 3339 timestamp: " + value, e);
    }
  }

  private static String text(Object payload) {
    if (payload == null) {
      return null;
    }
    if (payload instanceof byte[] bytes) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    return payload.toString();
  }
}
