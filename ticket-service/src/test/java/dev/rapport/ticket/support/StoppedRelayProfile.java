package dev.rapport.ticket.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * For the tests that stop the application's outbox relay and run relays of their own ({@code
 * dev.rapport.support.outbox.Relays}): short intervals, so that replicas, the monitor and readiness
 * react within a test's patience, and a lag of 2 s that turns readiness DOWN.
 */
public class StoppedRelayProfile implements QuarkusTestProfile {
  /** The {@code rapport.outbox.max-lag-for-ready} of this profile. */
  static final long MAX_LAG_FOR_READY_MS = 2000;

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "rapport.outbox.poll-interval", "100ms",
        "rapport.outbox.monitor-interval", "200ms",
        "rapport.outbox.max-lag-for-ready", MAX_LAG_FOR_READY_MS + "ms");
  }
}
