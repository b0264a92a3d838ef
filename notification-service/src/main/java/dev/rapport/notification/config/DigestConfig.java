package dev.rapport.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code rapport.notification.digest.*}: when due digests are sent. */
@ConfigMapping(prefix = "rapport.notification.digest")
public interface DigestConfig {
  /**
   * How often due digests are looked for (read by the scheduler); "off" disables the schedule (a
   * test then runs the digest job itself).
   */
  @WithDefault("60s")
  String every();
}
