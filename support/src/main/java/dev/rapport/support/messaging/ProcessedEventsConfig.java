package dev.rapport.support.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code rapport.messaging.processed-events.*}: how long consumers remember applied events. */
@ConfigMapping(prefix = "rapport.messaging.processed-events")
public interface ProcessedEventsConfig {

  /**
   * How long an applied event's id is kept to skip its repeats; keep it longer than the topics'
   * retention (Kafka's default is 7 days), since a repeat can only come from the topic.
   */
  @WithDefault("P14D")
  Duration retention();

  /** Rows deleted per statement while purging; the purge repeats until none are left. */
  @WithDefault("1000")
  int purgeBatchSize();
}
