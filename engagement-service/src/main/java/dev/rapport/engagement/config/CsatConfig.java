package dev.rapport.engagement.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code rapport.engagement.csat.*}: when a requester is asked, and how long they may answer. */
@ConfigMapping(prefix = "rapport.engagement.csat")
public interface CsatConfig {
  /**
   * Survey fatigue: a requester asked (not withdrawn) within this is not asked again; the skipped
   * survey is recorded with the reason.
   */
  @WithDefault("P7D")
  Duration minInterval();

  /** How long after it was asked a survey accepts a first answer (then it is EXPIRED). */
  @WithDefault("P14D")
  Duration expiresAfter();

  /** How long after the first answer it may be changed or commented on (then it is final). */
  @WithDefault("PT24H")
  Duration editWindow();

  /** How often pending surveys past their expiry are marked EXPIRED. */
  @WithDefault("PT1M")
  Duration expirySweepInterval();

  /** The most surveys one expiry sweep marks in one transaction (the next round takes the rest). */
  @WithDefault("500")
  int expiryBatchSize();
}
