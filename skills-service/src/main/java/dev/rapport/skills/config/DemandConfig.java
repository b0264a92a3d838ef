package dev.rapport.skills.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/** How demand from tickets is judged; operators may tune these. */
@ConfigMapping(prefix = "rapport.skills.demand")
public interface DemandConfig {

  /**
   * The level at which a person can take a ticket needing a skill (2, working): a ticket's need is
   * unmet when no active, available person holds the skill at this level or above.
   */
  @WithDefault("2")
  @Min(1)
  @Max(5)
  int capableLevel();

  /**
   * How far back tickets count as demand for a skill, and resolved tickets as evidence of practice,
   * when a request names no window; also the window of the gaps announced on rapport.skills.v1.
   */
  @WithDefault("P30D")
  Duration window();
}
