package dev.rapport.skills.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Skill-gap rules an operator may tune (application.properties or environment). */
@ConfigMapping(prefix = "rapport.skills")
public interface GapConfig {

  /**
   * How far back tickets count as demand for a skill, and resolved tickets as evidence of practice,
   * when a request names no window; also the window of the gaps announced on rapport.skills.v1.
   */
  @WithDefault("P30D")
  Duration demandWindow();

  /**
   * How often every team's gaps are recomputed even when nothing changed them, so that a severity
   * that falls as old tickets leave the demand window is announced. The first sweep runs one
   * interval after start.
   */
  @WithDefault("1h")
  Duration gapSweepInterval();
}
