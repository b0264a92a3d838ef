package dev.rapport.skills.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.local.RapportTestResource;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

/**
 * The gap schedules name their settings and nothing else holds a default: the defaults of
 * config.GapsConfig are what the scheduler reads (an hourly sweep, a refresh every 2 seconds).
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "skills-service"))
class GapScheduleDefaultsTest {
  @Inject Config config;
  @Inject Scheduler scheduler;

  @Test
  void theSchedulesRunOnTheMappingsDefaults() {
    assertThat(config.getValue("rapport.skills.gaps.sweep-interval", String.class)).isEqualTo("1h");
    assertThat(config.getValue("rapport.skills.gaps.refresh-delay", String.class)).isEqualTo("2s");

    Trigger sweep = scheduler.getScheduledJob("gap-sweep");
    assertThat(Duration.between(Instant.now(), sweep.getNextFireTime()))
        .isBetween(Duration.ofMinutes(50), Duration.ofMinutes(121)); // delayed by one interval too
    Trigger refresh = scheduler.getScheduledJob("gap-refresh-requests");
    assertThat(Duration.between(Instant.now(), refresh.getNextFireTime()))
        .isBetween(Duration.ofSeconds(-2), Duration.ofSeconds(3));
  }
}
