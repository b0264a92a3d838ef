package dev.rapport.support.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code rapport.cleanup.*}: how often every service's purge jobs run. */
@ConfigMapping(prefix = "rapport.cleanup")
public interface CleanupConfig {
  /**
   * How often published outbox rows, expired idempotency keys, old applied event ids (and in
   * notification-service final deliveries) are purged; read by each job's {@code @Scheduled}.
   */
  @WithDefault("15m")
  Duration interval();
}
