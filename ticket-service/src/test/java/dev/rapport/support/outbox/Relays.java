package dev.rapport.support.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.arc.Arc;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.util.TypeLiteral;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The outbox relay as the services' tests drive it from outside its package: stopping the
 * application's own relay, and further relays on the application's database, built as the
 * application builds its own, each as another replica of the service would run it.
 */
public final class Relays {
  private Relays() {}

  /** Stops the application's relay for good, as when its instance shuts down. */
  public static void stopApplicationRelay() throws InterruptedException {
    Arc.container().instance(OutboxRelay.class).get().stop(null);
  }

  /** A relay of another replica, counting what it publishes on a registry of its own. */
  public static Replica startReplica(String name) {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    return new Replica(
        name,
        new OutboxMetrics(registry, Arc.container().instance(OutboxMonitor.class).get()),
        registry);
  }

  /**
   * A relay that takes over from the application's (stopped) one and counts into the application's
   * metrics, as the application's relay would.
   */
  public static Replica startReplacement(String name) {
    return new Replica(name, Arc.container().instance(OutboxMetrics.class).get(), null);
  }

  /** A running relay of its own thread, lease and producer; {@link #close()} stops it. */
  public static final class Replica implements AutoCloseable {
    private final OutboxRelay relay;
    private final SimpleMeterRegistry registry;

    private Replica(String name, OutboxMetrics metrics, SimpleMeterRegistry registry) {
      Map<String, Object> kafkaConfig =
          Arc.container()
              .select(
                  new TypeLiteral<Map<String, Object>>() {},
                  Identifier.Literal.of("default-kafka-broker"))
              .get();
      this.relay =
          new OutboxRelay(
              Arc.container().instance(DataSource.class).get(),
              Arc.container().select(OutboxConfig.class).get(),
              new OutboxWakeup(),
              metrics,
              kafkaConfig,
              name);
      this.registry = registry;
      relay.start(null);
    }

    /** How many events this relay has published (only for one started by startReplica). */
    public double published() {
      return registry.find("rapport.outbox.published").counters().stream()
          .mapToDouble(Counter::count)
          .sum();
    }

    /** Stops it as a shutdown would: the round under way completes, then the lease goes. */
    @Override
    public void close() {
      try {
        relay.stop(null);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the relay stopped", e);
      }
    }
  }
}
