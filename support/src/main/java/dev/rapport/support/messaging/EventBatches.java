package dev.rapport.support.messaging;

import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Takes in the records of one poll ({@code batch=true} channels) with the rules of a record at a
 * time: the batch is applied in one transaction ({@link EventIntake#applyAllOnce}); each poison
 * record is nacked alone, so the channel's dead-letter queue takes it and only it; when the batch's
 * transaction fails (nothing of it applied), its records are applied one by one ({@link
 * EventIntake#applyOnce}, with its retries), and a record that still fails goes to the dead-letter
 * queue alone. The batch is acknowledged (its offsets committed) only once every dead-lettered
 * record has been written to its dead-letter topic.
 */
@ApplicationScoped
public class EventBatches {
  private static final Logger LOG = Logger.getLogger(EventBatches.class);

  private final EventIntake intake;

  EventBatches(EventIntake intake) {
    this.intake = intake;
  }

  /** Applies {@code batch} through {@code route}; completes when it is acknowledged. */
  public CompletionStage<Void> apply(KafkaRecordBatch<String, String> batch, EventRoute route) {
    Map<ConsumerRecord<String, String>, KafkaRecord<String, String>> messages =
        new IdentityHashMap<>();
    List<ConsumerRecord<String, String>> records = new ArrayList<>();
    for (KafkaRecord<String, String> message : batch.getRecords()) {
      ConsumerRecord<String, String> record = consumerRecord(message);
      messages.put(record, message);
      records.add(record);
    }
    List<CompletableFuture<Void>> deadLettered = new ArrayList<>();
    try {
      for (EventIntake.Poison poison : intake.applyAllOnce(records, route)) {
        deadLettered.add(nack(messages.get(poison.record()), poison.reason()));
      }
    } catch (RuntimeException batchFailed) {
      LOG.warnf(
          "A batch of %d records on %s failed (%s); applying them one by one",
          records.size(), route.topic(), batchFailed.toString());
      for (ConsumerRecord<String, String> record : records) {
        try {
          intake.applyOnce(record, route);
        } catch (RuntimeException failed) {
          deadLettered.add(nack(messages.get(record), failed));
        }
      }
    }
    return CompletableFuture.allOf(deadLettered.toArray(CompletableFuture[]::new))
        .thenCompose(done -> batch.ack());
  }

  private static CompletableFuture<Void> nack(
      KafkaRecord<String, String> message, Throwable reason) {
    return message.nack(reason).toCompletableFuture();
  }

  @SuppressWarnings("unchecked")
  private static ConsumerRecord<String, String> consumerRecord(
      KafkaRecord<String, String> message) {
    return message
        .getMetadata(IncomingKafkaRecordMetadata.class)
        .map(metadata -> (ConsumerRecord<String, String>) metadata.getRecord())
        .orElseThrow(() -> new IllegalStateException("a batch record without Kafka metadata"));
  }
}
