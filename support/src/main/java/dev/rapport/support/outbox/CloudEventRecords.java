package dev.rapport.support.outbox;

import dev.rapport.support.messaging.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/** An outbox row as a Kafka record: a CloudEvent in binary content mode, keyed by aggregate. */
final class CloudEventRecords {
  private CloudEventRecords() {}

  static ProducerRecord<String, byte[]> of(OutboxRow row) {
    List<Header> headers =
        List.of(
            header(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0),
            header(CloudEventHeaders.ID, row.id().toString()),
            header(CloudEventHeaders.TYPE, row.type()),
            header(CloudEventHeaders.SOURCE, row.source()),
            header(CloudEventHeaders.SUBJECT, row.subject()),
            header(CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(row.occurredAt())),
            header(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON));
    return new ProducerRecord<>(
        row.topic(),
        null,
        row.messageKey(),
        row.payload().getBytes(StandardCharsets.UTF_8),
        headers);
  }

  private static Header header(String name, String value) {
    return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
  }
}
