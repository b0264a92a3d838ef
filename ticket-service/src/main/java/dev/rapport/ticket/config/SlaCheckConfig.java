package dev.rapport.ticket.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * {@code rapport.ticket.sla.*}: how the SLA checker finds the warnings and breaches falling due.
 */
@ConfigMapping(prefix = "rapport.ticket.sla")
public interface SlaCheckConfig {

  /**
   * How often the checker looks for clocks past a warning or breach instant; read by the {@code
   * Scheduled} expression of {@code domain.sla.SlaChecker} (a warning goes out within about this).
   */
  @WithDefault("1s")
  Duration checkInterval();

  /** Tickets evaluated in one transaction of a pass (a pass runs batches until a short one). */
  @WithDefault("500")
  int checkBatchSize();

  /**
   * Tickets a policy or calendar change asked to re-evaluate, taken in one transaction between two
   * rounds of what falls due: small, so that a warning waits for one such batch at most.
   */
  @WithDefault("50")
  int recheckBatchSize();

  /** Whether the scheduled checker runs (tests that drive passes themselves turn it off). */
  @WithDefault("true")
  boolean checkerEnabled();
}
