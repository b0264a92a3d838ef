package dev.rapport.support.outbox;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RetriableException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes the outbox to Kafka, in {@code seq} order, from one background thread per instance;
 * among replicas only the holder of the {@link PublishingLease} publishes.
 *
 * <p>A round reads up to {@code batch-size} unpublished rows, sends them all, waits for every
 * acknowledgement and then marks the acknowledged prefix published in one statement. On the first
 * failed send the round stops there: that row and the ones after it stay unpublished and go out, in
 * order, on a later round. So Kafka being down delays events but never loses them; consumers
 * de-duplicate the rare repeat (a round acknowledged by Kafka whose marking failed) by ce_id.
 *
 * <p>It uses a plain KafkaProducer rather than a SmallRye Reactive Messaging emitter because it
 * needs what an emitter hides: sends issued in order as one batch, a synchronous flush, and each
 * record's own acknowledgement before the rows are marked, all on this one thread.
 */
@ApplicationScoped
@IfBuildProperty(
    name = "rapport.support.database.enabled",
    stringValue = "true",
    enableIfMissing = true)
public class OutboxRelay {
  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
  private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

  /** With the 5 s ceiling, about one warning a minute while a failure lasts. */
  private static final int WARN_EVERY_NTH_FAILURE = 12;

  private enum Round {
    /** A full batch went out: more may be waiting, go again at once. */
    FULL,
    /** Everything pending went out: wait for a wake-up or the poll interval. */
    DRAINED,
    /** Another replica holds the lease: look again after the poll interval. */
    NOT_PUBLISHER
  }

  private final DataSource dataSource;
  private final OutboxConfig config;
  private final OutboxWakeup wakeup;
  private final OutboxMetrics metrics;
  private final Map<String, Object> producerSettings;
  private final CountDownLatch stopping = new CountDownLatch(1);
  private Thread thread;
  private Producer<String, byte[]> producer;

  OutboxRelay(
      DataSource dataSource,
      OutboxConfig config,
      OutboxWakeup wakeup,
      OutboxMetrics metrics,
      @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
      @ConfigProperty(name = "rapport.service.name") String serviceName) {
    this.dataSource = dataSource;
    this.config = config;
    this.wakeup = wakeup;
    this.metrics = metrics;
    this.producerSettings = OutboxProducerSettings.from(kafkaConfig, serviceName + "-outbox");
  }

  void start(@Observes StartupEvent event) {
    // A thread of its own: startup never waits for Kafka, and the relay never blocks a pool.
    thread = new Thread(this::run, "rapport-outbox-relay");
    thread.setDaemon(true);
    thread.start();
  }

  void stop(@Observes ShutdownEvent event) throws InterruptedException {
    stopping.countDown();
    wakeup.signal();
    if (thread != null) {
      thread.join(MAX_BACKOFF.multipliedBy(2).toMillis());
    }
  }

  private void run() {
    Backoff backoff = new Backoff(FIRST_BACKOFF, MAX_BACKOFF);
    try (PublishingLease lease = new PublishingLease(dataSource)) {
      while (stopping.getCount() > 0) {
        try {
          Round round = publishRound(lease);
          if (backoff.failures() > 0) {
            LOG.infof("Outbox relay publishes again after %d failed attempts", backoff.failures());
            backoff.reset();
          }
          if (round == Round.DRAINED) {
            wakeup.await(config.pollInterval());
          } else if (round == Round.NOT_PUBLISHER) {
            pause(config.pollInterval());
          }
        } catch (SQLException | PublishFailure | RuntimeException e) {
          // Whatever happens, the thread lives on: a dead relay would strand every event.
          Duration delay = backoff.next();
          logFailure(backoff.failures(), delay, e);
          recover(lease, e);
          pause(delay);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      closeProducer();
      LOG.debug("Outbox relay stopped");
    }
  }

  private Round publishRound(PublishingLease lease)
      throws SQLException, PublishFailure, InterruptedException {
    Connection connection = lease.acquire();
    if (connection == null) {
      return Round.NOT_PUBLISHER;
    }
    List<OutboxRow> rows = OutboxTable.unpublished(connection, config.batchSize());
    if (rows.isEmpty()) {
      return Round.DRAINED;
    }
    Delivery delivery = send(rows);
    List<OutboxRow> acknowledged = rows.subList(0, delivery.acknowledged());
    OutboxTable.markPublished(connection, acknowledged);
    metrics.published(acknowledged, delivery.acknowledgedAt());
    if (delivery.failure() != null) {
      throw new PublishFailure(rows.get(delivery.acknowledged()), delivery.failure());
    }
    return rows.size() == config.batchSize() ? Round.FULL : Round.DRAINED;
  }

  /** Sends the rows in order and counts the acknowledged prefix. */
  private Delivery send(List<OutboxRow> rows) throws InterruptedException {
    Producer<String, byte[]> kafka = producer();
    List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
    Throwable failure = null;
    for (OutboxRow row : rows) {
      Future<RecordMetadata> ack;
      try {
        ack = kafka.send(CloudEventRecords.of(row));
      } catch (KafkaException e) {
        failure = e;
        break;
      }
      acks.add(ack);
      if (refused(ack)) {
        // Refused before it was queued (no metadata within max.block.ms, too large): stop, so
        // that no later row is queued and overtakes it once the broker answers again.
        break;
      }
    }
    kafka.flush(); // bounded by delivery.timeout.ms
    int acknowledged = 0;
    for (Future<RecordMetadata> ack : acks) {
      try {
        ack.get();
        acknowledged++;
      } catch (ExecutionException e) {
        failure = e.getCause();
        break;
      }
    }
    return new Delivery(acknowledged, Instant.now(), failure);
  }

  private static boolean refused(Future<RecordMetadata> ack) throws InterruptedException {
    if (!ack.isDone()) {
      return false;
    }
    try {
      ack.get();
      return false;
    } catch (ExecutionException e) {
      return true;
    }
  }

  private record Delivery(int acknowledged, Instant acknowledgedAt, Throwable failure) {}

  /** The first row of a round that Kafka did not take; it and the rows after it wait. */
  private static final class PublishFailure extends Exception {
    private static final long serialVersionUID = 1L;

    PublishFailure(OutboxRow row, Throwable cause) {
      super(
          "event " + row.id() + " (seq " + row.seq() + ") to " + row.topic() + ": " + cause, cause);
    }
  }

  private Producer<String, byte[]> producer() {
    if (producer == null) {
      producer = new KafkaProducer<>(producerSettings);
    }
    return producer;
  }

  private void recover(PublishingLease lease, Exception e) {
    if (e instanceof SQLException) {
      lease.close(); // the connection may be broken; take the lease afresh
    }
    Throwable cause = e instanceof PublishFailure ? e.getCause() : e;
    if (cause instanceof KafkaException && !(cause instanceof RetriableException)) {
      closeProducer(); // e.g. a fatal producer state: start over with a new one
    }
  }

  private void closeProducer() {
    if (producer != null) {
      try {
        producer.close(Duration.ofSeconds(2));
      } catch (KafkaException e) {
        LOG.debugf("Closing the outbox producer failed: %s", e);
      }
      producer = null;
    }
  }

  private void pause(Duration delay) throws InterruptedException {
    stopping.await(delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  private static void logFailure(int failures, Duration delay, Exception e) {
    boolean expected =
        e instanceof SQLException || e instanceof PublishFailure || e instanceof KafkaException;
    if (!expected && failures == 1) {
      LOG.errorf(e, "Outbox relay failed unexpectedly; retrying in %d ms", delay.toMillis());
      return;
    }
    // One line, no stack trace: a broker or database outage is an expected state, not a bug.
    if (failures == 1 || failures % WARN_EVERY_NTH_FAILURE == 0) {
      LOG.warnf(
          "Outbox relay could not publish (attempt %d; events wait and are retried, next in %d ms):"
              + " %s",
          failures, delay.toMillis(), e.getMessage());
    } else {
      LOG.debugf("Outbox relay attempt %d failed: %s", failures, e.getMessage());
    }
  }
}
