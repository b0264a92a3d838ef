package dev.rapport.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

class CloudEventRecordsTest {

  @Test
  void isABinaryModeCloudEventKeyedByTheAggregate() {
    UUID id = UUID.fromString("0195f0c2-7c1e-7d53-9a4e-6c1e2b9f0a11");
    OutboxRow row =
        new OutboxRow(
            42,
            id,
            "rapport.tickets.v1",
            "ticket-7",
            "rapport.ticket.opened.v1",
            "/rapport/ticket-service",
            "ticket-7",
            Instant.parse("2026-11-27T09:40:00.123456Z"),
            "{\"title\":\"Printer on fire\"}");

    ProducerRecord<String, byte[]> record = CloudEventRecords.of(row);

    assertThat(record.topic()).isEqualTo("rapport.tickets.v1");
    assertThat(record.key()).isEqualTo("ticket-7");
    assertThat(record.partition()).isNull();
    assertThat(new String(record.value(), StandardCharsets.UTF_8))
        .isEqualTo("{\"title\":\"Printer on fire\"}");
    assertThat(headers(record))
        .containsExactly(
            Map.entry("ce_specversion", "1.0"),
            Map.entry("ce_id", id.toString()),
            Map.entry("ce_type", "rapport.ticket.opened.v1"),
            Map.entry("ce_source", "/rapport/ticket-service"),
            Map.entry("ce_subject", "ticket-7"),
            Map.entry("ce_time", "2026-11-27T09:40:00.123456Z"),
            Map.entry("content-type", "application/json"));
  }

  private static Map<String, String> headers(ProducerRecord<String, byte[]> record) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (Header header : record.headers()) {
      headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
    }
    return headers;
  }
}
