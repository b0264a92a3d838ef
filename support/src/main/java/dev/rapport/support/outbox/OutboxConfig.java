package dev.rapport.support.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code rapport.outbox.*}: how the relay publishes and how long published rows are kept. */
@ConfigMapping(prefix = "rapport.outbox")
public interface OutboxConfig {

  /** How long the relay sleeps when no commit wakes it; bounds the lag of other replicas' rows. */
  @WithDefault("500ms")
  Duration pollInterval();

  /** Rows read, sent and marked per round. */
  @WithDefault("500")
  int batchSize();

  /** How long published rows stay in the table (for inspection and replays). */
  @WithDefault("24h")
  Duration retention();

  /**
   * How often the pending count and age behind the gauge and the readiness check are refreshed;
   * read by the {@code @Scheduled} expression of {@link OutboxMonitor}.
   */
  @WithDefault("5s")
  Duration monitorInterval();

  /** Readiness turns DOWN when the oldest unpublished row is older than this. */
  @WithDefault("60s")
  Duration maxLagForReady();
}
