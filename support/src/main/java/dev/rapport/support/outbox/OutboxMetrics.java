package dev.rapport.support.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code rapport.outbox.published} (counter per topic), {@code rapport.outbox.pending} (gauge) and
 * {@code rapport.outbox.lag} (timer from the event's occurred_at to the broker's acknowledgement,
 * with a histogram so that p99 can be read off Prometheus).
 *
 * <p>Created at startup, not on the relay's first publish: a backlog that never drains (the broker
 * down since the start) must show on the pending gauge.
 */
@Startup
@ApplicationScoped
@IfBuildProperty(
    name = "rapport.support.database.enabled",
    stringValue = "true",
    enableIfMissing = true)
class OutboxMetrics {
  private final MeterRegistry registry;
  private final Timer lag;
  private final Map<String, Counter> publishedByTopic = new ConcurrentHashMap<>();

  OutboxMetrics(MeterRegistry registry, OutboxMonitor monitor) {
    this.registry = registry;
    this.lag =
        Timer.builder("rapport.outbox.lag")
            .description("Time from an event's occurred_at to the broker acknowledging it")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(1))
            .maximumExpectedValue(Duration.ofMinutes(10))
            .register(registry);
    Gauge.builder("rapport.outbox.pending", monitor, m -> m.pending().count())
        .description("Outbox rows not yet published to Kafka")
        .strongReference(true)
        .register(registry);
  }

  void published(List<OutboxRow> rows, Instant ackedAt) {
    for (OutboxRow row : rows) {
      publishedByTopic
          .computeIfAbsent(
              row.topic(),
              topic ->
                  Counter.builder("rapport.outbox.published")
                      .description("Outbox events published to Kafka and acknowledged")
                      .tag("topic", topic)
                      .register(registry))
          .increment();
      lag.record(Duration.between(row.occurredAt(), ackedAt));
    }
  }
}
