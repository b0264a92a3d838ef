package dev.rapport.engagement.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The engagement alerts' default thresholds (a team's until its leads set its own; every business
 * service's, which have none of their own) and how often they are evaluated.
 */
@ConfigMapping(prefix = "rapport.engagement.alerts")
public interface AlertConfig {

  /** How often every team's and business service's figures are checked (a scheduler interval). */
  @WithDefault("1h")
  String every();

  /** Default: alert when update-cadence adherence over the last 7 whole days is below this %. */
  @WithDefault("90")
  double cadenceMin();

  /** Default: alert when the CSAT average over the last 14 whole days is below this rating. */
  @WithDefault("4.0")
  double csatMin();

  /** Default: alert when a round's eNPS is this many points below the previous round's. */
  @WithDefault("15")
  double enpsDrop();
}
