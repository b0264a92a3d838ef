package dev.rapport.support.health;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness "kafka": can the broker be reached. Written here rather than enabled with {@code
 * quarkus.kafka.health.enabled}, because Quarkus's check waits on describeCluster without a time
 * limit and so hangs a probe for up to a minute while the broker is down; this one answers DOWN
 * within {@code rapport.kafka.readiness-timeout}.
 */
@Readiness
@ApplicationScoped
@IfBuildProperty(
    name = "rapport.support.kafka.enabled",
    stringValue = "true",
    enableIfMissing = true)
class KafkaReadinessCheck implements HealthCheck {
  private final Map<String, Object> adminConfig;
  private final Duration timeout;
  private Admin admin;

  KafkaReadinessCheck(
      @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
      KafkaReadinessConfig config) {
    Duration timeout = config.readinessTimeout();
    this.adminConfig = new HashMap<>(kafkaConfig);
    // Consumer settings the application config may carry; an admin client would log them unused.
    this.adminConfig.keySet().removeIf(key -> key.startsWith("group.") || key.startsWith("auto."));
    this.adminConfig.put(AdminClientConfig.CLIENT_ID_CONFIG, "rapport-readiness");
    this.adminConfig.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
    this.adminConfig.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
    this.timeout = timeout;
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("kafka");
    try {
      var nodes =
          admin()
              .describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
              .nodes()
              .get(timeout.toMillis() + 500, TimeUnit.MILLISECONDS);
      return response
          .up()
          .withData("nodes", nodes.stream().map(Node::toString).collect(Collectors.joining(",")))
          .build();
    } catch (ExecutionException e) {
      return response.down().withData("reason", String.valueOf(e.getCause())).build();
    } catch (TimeoutException e) {
      return response.down().withData("reason", "no answer within " + timeout).build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return response.down().withData("reason", "interrupted").build();
    } catch (RuntimeException e) {
      return response.down().withData("reason", String.valueOf(e)).build();
    }
  }

  /** Created on the first probe, so that startup never waits for (or fails on) Kafka. */
  private synchronized Admin admin() {
    if (admin == null) {
      admin = Admin.create(adminConfig);
    }
    return admin;
  }

  @PreDestroy
  synchronized void close() {
    if (admin != null) {
      admin.close(Duration.ofSeconds(1));
    }
  }
}
