package dev.rapport.support.outbox;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness only: an outbox that stopped draining (Kafka unreachable for a while) takes the
 * instance out of rotation, but a restart would not help, so liveness stays unaffected.
 */
@Readiness
@ApplicationScoped
@IfBuildProperty(
    name = "rapport.support.database.enabled",
    stringValue = "true",
    enableIfMissing = true)
class OutboxHealthCheck implements HealthCheck {
  private final OutboxMonitor monitor;
  private final OutboxConfig config;

  OutboxHealthCheck(OutboxMonitor monitor, OutboxConfig config) {
    this.monitor = monitor;
    this.config = config;
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox");
    String failure = monitor.failure();
    if (failure != null) {
      return response.down().withData("reason", failure).build();
    }
    OutboxTable.Pending pending = monitor.pending();
    Duration oldestAge = pending.oldestAge(Instant.now());
    return response
        .status(oldestAge.compareTo(config.maxLagForReady()) <= 0)
        .withData("pending", pending.count())
        .withData("oldestAgeMs", oldestAge.toMillis())
        .withData("maxLagForReadyMs", config.maxLagForReady().toMillis())
        .build();
  }
}
