package dev.rapport.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code rapport.notification.retention.*}: how long delivery records are kept. */
@ConfigMapping(prefix = "rapport.notification.retention")
public interface RetentionConfig {

  /**
   * How long a delivery in a final status (SENT, DEAD, SUPPRESSED, WITHDRAWN) is kept after it was
   * created; it holds message bodies and addresses, so it goes once nobody needs its record.
   */
  @WithDefault("P90D")
  Duration deliveries();

  /** Rows deleted per statement while purging; the purge repeats until none are left. */
  @WithDefault("1000")
  int purgeBatchSize();
}
