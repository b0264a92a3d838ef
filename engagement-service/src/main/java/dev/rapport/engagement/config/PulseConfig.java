package dev.rapport.engagement.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/**
 * {@code rapport.engagement.pulse.*}: staff pulse surveys (domain.pulse). The schedule that opens
 * rounds reads {@code check-every} by name; its default lives here.
 */
@ConfigMapping(prefix = "rapport.engagement.pulse")
public interface PulseConfig {
  /** The least this may be: below it a result could be traced to one or two people. */
  int MIN_GROUP_FLOOR = 3;

  /**
   * The fewest answers a round's results, and its comments, are shown with; a value below 3 stops
   * the service at start-up.
   */
  @WithDefault("5")
  @Min(MIN_GROUP_FLOOR)
  int minGroup();

  /** How often rounds that are due are opened (a Quarkus scheduler interval such as 30s). */
  @WithDefault("30s")
  String checkEvery();

  /**
   * The portal (env RAPPORT_PORTAL_URL): an invitation's answerUrl is {@code
   * <portal-url>/pulse-surveys/<id>}.
   */
  @WithDefault("${RAPPORT_PORTAL_URL:http://localhost:8080}")
  String portalUrl();
}
