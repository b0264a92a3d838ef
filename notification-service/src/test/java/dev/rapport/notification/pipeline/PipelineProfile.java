package dev.rapport.notification.pipeline;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.Set;

/**
 * A settable clock, digests run by the tests rather than every minute, and no sending: these tests
 * look at what was decided (the deliveries as written); sending is DeliveryTestProfile's.
 */
public class PipelineProfile implements QuarkusTestProfile {
  @Override
  public Set<Class<?>> getEnabledAlternatives() {
    return Set.of(TestClock.class);
  }

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "rapport.notification.digest.every", "off",
        "rapport.notification.delivery.enabled", "false");
  }
}
