package dev.rapport.engagement.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The headline figures engagement-service exposes as Prometheus gauges. */
@ConfigMapping(prefix = "rapport.engagement.metrics")
public interface MetricsConfig {

  /** How often the gauges are recomputed from the roll-ups (a Quarkus scheduler interval). */
  @WithDefault("60s")
  String gaugeRefresh();

  /** The window the gauges cover, back from today (whole UTC days, today included). */
  @WithDefault("P7D")
  Duration gaugeWindow();
}
