package dev.rapport.support.health;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code rapport.kafka.*}: the readiness check of the broker. */
@ConfigMapping(prefix = "rapport.kafka")
public interface KafkaReadinessConfig {
  /** Readiness answers "kafka" DOWN when the broker has not answered within this. */
  @WithDefault("2s")
  Duration readinessTimeout();
}
