package dev.rapport.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Tracked "view ticket" links in messages. */
@ConfigMapping(prefix = "rapport.notification.links")
public interface LinksConfig {
  /** How long after its message was made a link still works (then it answers 410 Gone). */
  @WithDefault("P90D")
  Duration ttl();
}
