package dev.rapport.skills.config;

import io.quarkus.arc.Unremovable;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How often gaps are recomputed outside a request ({@code domain.GapSweep}). Both are Quarkus
 * scheduler intervals (e.g. {@code 30s}, {@code 1h}) or {@code off}; the schedules read them by
 * name, the defaults live here.
 */
// Unremovable: nothing injects it, and Quarkus registers (and so defaults) only mappings in use.
@Unremovable
@ConfigMapping(prefix = "rapport.skills.gaps")
public interface GapsConfig {

  /**
   * How often every team's gaps are recomputed even when nothing changed them, so that a severity
   * that falls as old tickets leave the demand window is announced.
   */
  @WithDefault("1h")
  String sweepInterval();

  /**
   * How soon gaps follow a change in ticket demand: the skills whose demand changed are recomputed
   * together this often.
   */
  @WithDefault("2s")
  String refreshDelay();
}
