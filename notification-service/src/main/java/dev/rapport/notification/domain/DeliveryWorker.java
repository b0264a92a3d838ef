package dev.rapport.notification.domain;

import dev.rapport.notification.config.DeliveryConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries on their channels. Every {@code rapport.notification.delivery.interval} it
 * claims as many due deliveries as it has free senders ({@link DeliveryClaims}), hands each to a
 * sender thread of its own and returns at once, so a slow or failing endpoint holds up one sender,
 * never the others nor the next round. Each outcome is recorded by {@link DeliveryOutcomes}. IN_APP
 * deliveries need no network: being in the inbox is being delivered.
 */
@ApplicationScoped
public class DeliveryWorker {
  private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

  private final DeliveryConfig config;
  private final DeliveryClaims claims;
  private final DeliveryOutcomes outcomes;
  private final Sender sender;
  private final Clock clock;
  private final AtomicInteger inFlight = new AtomicInteger();
  // The scheduler may fire once more while the application stops, after the database is gone.
  private volatile boolean stopping;
  private final ExecutorService senders;

  DeliveryWorker(
      DeliveryConfig config,
      DeliveryClaims claims,
      DeliveryOutcomes outcomes,
      Sender sender,
      Clock clock) {
    this.config = config;
    this.claims = claims;
    this.outcomes = outcomes;
    this.sender = sender;
    this.clock = clock;
    AtomicInteger n = new AtomicInteger();
    this.senders =
        Executors.newFixedThreadPool(
            config.concurrency(),
            r -> {
              Thread thread = new Thread(r, "delivery-sender-" + n.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  @Scheduled(
      identity = "delivery-worker",
      every = "{rapport.notification.delivery.interval}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void run() {
    if (!config.enabled() || stopping) {
      return;
    }
    int free = Math.max(config.backlog(), config.concurrency()) - inFlight.get();
    if (free <= 0) {
      return;
    }
    List<DeliveryClaims.Claimed> due = claims.claim(free, clock.instant());
    for (DeliveryClaims.Claimed claimed : due) {
      inFlight.incrementAndGet();
      try {
        senders.execute(() -> sendAndRecord(claimed));
      } catch (RuntimeException e) {
        // Shutting down: the lease runs out and the delivery is taken again after a restart.
        inFlight.decrementAndGet();
      }
    }
  }

  private void sendAndRecord(DeliveryClaims.Claimed claimed) {
    Delivery delivery = claimed.delivery();
    try {
      if (!claims.renew(claimed, clock.instant())) {
        return; // claimed again while it waited here: the newer claim sends it
      }
      try {
        send(claimed);
      } catch (SendFailure failure) {
        outcomes.failed(delivery.id, failure.getMessage(), failure.permanent());
        return;
      } catch (RuntimeException e) {
        LOG.errorf(e, "Sending delivery %s failed unexpectedly", delivery.id);
        outcomes.failed(
            delivery.id, "Unexpected error while sending: " + e.getClass().getSimpleName(), false);
        return;
      }
      outcomes.sent(delivery.id);
    } catch (RuntimeException e) {
      // Recording failed (database away, or a concurrent change): the lease runs out and the
      // delivery is tried again; receivers de-duplicate by webhook-id.
      LOG.warnf(e, "Could not record the outcome of delivery %s", delivery.id);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private void send(DeliveryClaims.Claimed claimed) throws SendFailure {
    Delivery delivery = claimed.delivery();
    if (claimed.subscriptionGone()) {
      throw new SendFailure("The subscription was deleted", true);
    }
    if (delivery.channel != Channel.IN_APP) { // in the inbox already
      sender.send(delivery, claimed.address(), claimed.secret());
    }
  }

  void stop(@Observes ShutdownEvent event) {
    stopping = true;
    senders.shutdown();
    try {
      senders.awaitTermination(config.requestTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
