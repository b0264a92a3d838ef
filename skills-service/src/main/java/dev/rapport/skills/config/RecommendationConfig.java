package dev.rapport.skills.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/**
 * How assignee recommendations are scored (see {@code AssigneeScoring}); operators may tune these
 * in application.properties or the environment.
 */
@ConfigMapping(prefix = "rapport.skills.recommendation")
public interface RecommendationConfig {

  /** The level a requested skill needs when the request gives none ({@code skills=kubernetes}). */
  @WithDefault("3")
  @Min(1)
  @Max(5)
  int defaultLevel();

  /** Open tickets at which a person's load score reaches zero; more open tickets count the same. */
  @WithDefault("5")
  @Min(1)
  int maxLoad();

  /** Resolved tickets per skill at which evidence of practice counts in full. */
  @WithDefault("5")
  @Min(1)
  int evidenceCap();

  /** How far back resolved tickets count as evidence of practice. */
  @WithDefault("P365D")
  Duration evidenceWindow();

  /** Candidates answered when the request gives no {@code limit}. */
  @WithDefault("10")
  @Min(1)
  @Max(50)
  int defaultLimit();
}
