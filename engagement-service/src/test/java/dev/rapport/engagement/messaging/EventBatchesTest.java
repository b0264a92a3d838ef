package dev.rapport.engagement.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.events.Topics;
import dev.rapport.events.ticket.TicketOpened;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.local.testing.TestTickets;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The busy channels take a poll's records at a time in one transaction, with the rules of a record
 * at a time: records published together (one produce request, one partition, so one poll) with two
 * poison ones among them (one without CloudEvents headers, one whose ticket is missing, which fails
 * inside the batch's transaction) leave the good ones applied and only the two poison ones in the
 * dead-letter topic; the same records delivered again change nothing.
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "engagement-service"))
class EventBatchesTest {
  private static final String DLQ = Topics.TICKETS + ".dlq.engagement-service";

  @Inject ObjectMapper json;
  @Inject AgroalDataSource dataSource;

  /** Every record of the test under this key: one partition, so order holds. */
  private final String team = "batch-" + UUID.randomUUID();

  @Test
  void aPoisonRecordGoesToTheDeadLetterQueueAloneAndARedeliveredBatchChangesNothing()
      throws Exception {
    List<ProducerRecord<String, String>> batch = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      batch.add(opened(UUID.randomUUID(), UUID.randomUUID().toString()));
    }
    String noTicket = UUID.randomUUID().toString();
    batch.add(2, new ProducerRecord<>(Topics.TICKETS, team, "{\"not\":\"a cloud event\"}"));
    batch.add(4, event("{\"ticket\":null,\"actor\":\"x\"}", noTicket));
    try (TopicReader deadLetters = new TopicReader(DLQ)) {
      send(batch);

      // Five tickets opened: TICKET_OPENED and BACKLOG_IN each.
      await().atMost(Duration.ofSeconds(60)).until(() -> facts() == 10);
      List<TopicReader.Event> dead = deadLetters.await(team, events -> events.size() >= 2);
      assertThat(dead).hasSize(2);
      assertThat(dead.get(0).header("ce_id")).isNull();
      assertThat(dead.get(0).header("dead-letter-reason")).isNotBlank();
      assertThat(dead.get(1).header("ce_id")).isEqualTo(noTicket);
      assertThat(dead.get(1).header("dead-letter-reason")).contains("carries no ticket");
      assertThat(deadLetters.seen(team)).hasSize(2);

      // The same records again, then one new ticket behind them on the same partition.
      List<ProducerRecord<String, String>> again = new ArrayList<>(batch);
      again.add(opened(UUID.randomUUID(), UUID.randomUUID().toString()));
      send(again);
      await().atMost(Duration.ofSeconds(60)).until(() -> facts() >= 12);
      assertThat(facts()).isEqualTo(12);
      assertThat(processed(batch)).isEqualTo(5);
    }
  }

  private ProducerRecord<String, String> opened(UUID ticket, String ceId) throws Exception {
    TicketOpened opened =
        new TicketOpened(TestTickets.ticket(ticket, "B-1").teamId(team).summary(), "x", "x");
    return event(json.writeValueAsString(opened), ceId);
  }

  private ProducerRecord<String, String> event(String data, String ceId) {
    ProducerRecord<String, String> record = new ProducerRecord<>(Topics.TICKETS, team, data);
    header(record, "ce_specversion", "1.0");
    header(record, "ce_id", ceId);
    header(record, "ce_type", TicketOpened.TYPE);
    header(record, "ce_source", "/rapport/ticket-service");
    header(record, "ce_subject", team);
    header(record, "ce_time", Instant.now().toString());
    header(record, "content-type", "application/json");
    return record;
  }

  private static void header(ProducerRecord<String, String> record, String name, String value) {
    record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  /** Sends the records in one produce request (lingering until flushed), so one poll reads them. */
  private static void send(List<ProducerRecord<String, String>> records) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RapportTestResource.bootstrapServers());
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.LINGER_MS_CONFIG, "10000");
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
      records.forEach(producer::send);
      producer.flush();
    }
  }

  private long facts() throws Exception {
    return count("select count(*) from facts where team_id = ?", team);
  }

  private long processed(List<ProducerRecord<String, String>> records) throws Exception {
    long n = 0;
    for (ProducerRecord<String, String> record : records) {
      if (record.headers().lastHeader("ce_id") != null) {
        String ceId = new String(record.headers().lastHeader("ce_id").value());
        n +=
            count(
                "select count(*) from processed_events where consumer ="
                    + " 'engagement-service:tickets' and event_id = ?",
                ceId);
      }
    }
    return n;
  }

  private long count(String sql, String parameter) throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, parameter);
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
