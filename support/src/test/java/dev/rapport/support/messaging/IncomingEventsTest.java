package dev.rapport.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

class IncomingEventsTest {
  private static final String DATA = "{\"ticket\":{\"id\":\"t-1\"}}";

  @Test
  void readsTheCeHeadersOfARecord() {
    ConsumerRecord<String, String> record = recordWithHeaders(DATA);

    IncomingCloudEvent event = IncomingEvents.from(record);

    assertThat(event)
        .isEqualTo(
            new IncomingCloudEvent(
                "e-1",
                "rapport.ticket.opened.v1",
                "/rapport/ticket-service",
                "t-1",
                Instant.parse("2026-11-27T09:40:00.123456Z"),
                DATA));
  }

  @Test
  void readsHeadersThroughTheKafkaMetadataOfAMessage() {
    ConsumerRecord<String, byte[]> record =
        recordWithHeaders(DATA.getBytes(StandardCharsets.UTF_8));
    Message<byte[]> message =
        Message.of(
            record.value(), Metadata.of(new IncomingKafkaRecordMetadata<>(record, "tickets")));

    IncomingCloudEvent event = IncomingEvents.from(message);

    assertThat(event.id()).isEqualTo("e-1");
    assertThat(event.data()).isEqualTo(DATA);
  }

  @Test
  void prefersTheConnectorsCloudEventMetadata() {
    Message<String> message = Message.of(DATA, Metadata.of(new ParsedCloudEvent()));

    IncomingCloudEvent event = IncomingEvents.from(message);

    assertThat(event)
        .isEqualTo(
            new IncomingCloudEvent(
                "e-2",
                "rapport.ticket.closed.v1",
                "/rapport/ticket-service",
                "t-2",
                Instant.parse("2026-11-27T10:00:00Z"),
                DATA));
  }

  @Test
  void rejectsARecordThatIsNoCloudEvent() {
    ConsumerRecord<String, String> plain =
        new ConsumerRecord<>("rapport.tickets.v1", 0, 0, "k", DATA);

    assertThatThrownBy(() -> IncomingEvents.from(plain))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ce_id");
    assertThatThrownBy(() -> IncomingEvents.from(Message.of(DATA)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static <V> ConsumerRecord<String, V> recordWithHeaders(V value) {
    ConsumerRecord<String, V> record =
        new ConsumerRecord<>("rapport.tickets.v1", 0, 7, "t-1", value);
    Map.of(
            "ce_specversion", "1.0",
            "ce_id", "e-1",
            "ce_type", "rapport.ticket.opened.v1",
            "ce_source", "/rapport/ticket-service",
            "ce_subject", "t-1",
            "ce_time", "2026-11-27T09:40:00.123456Z")
        .forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
    return record;
  }

  /** What the SmallRye Kafka connector attaches when it parsed a CloudEvent. */
  private static final class ParsedCloudEvent implements IncomingCloudEventMetadata<String> {
    @Override
    public String getId() {
      return "e-2";
    }

    @Override
    public URI getSource() {
      return URI.create("/rapport/ticket-service");
    }

    @Override
    public String getSpecVersion() {
      return "1.0";
    }

    @Override
    public String getType() {
      return "rapport.ticket.closed.v1";
    }

    @Override
    public Optional<String> getDataContentType() {
      return Optional.of("application/json");
    }

    @Override
    public Optional<URI> getDataSchema() {
      return Optional.empty();
    }

    @Override
    public Optional<String> getSubject() {
      return Optional.of("t-2");
    }

    @Override
    public Optional<ZonedDateTime> getTimeStamp() {
      return Optional.of(ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, ZoneOffset.UTC));
    }

    @Override
    public <A> Optional<A> getExtension(String name) {
      return Optional.empty();
    }

    @Override
    public Map<String, Object> getExtensions() {
      return Map.of();
    }

    @Override
    public String getData() {
      return DATA;
    }
  }
}
