package dev.rapport.notification;

import java.util.HashMap;
import java.util.Map;

/**
 * A lease much shorter than a slow endpoint's queue takes (40 senders, 200 claimed at once, 3 s
 * lease, 4 s answers), so that before claims were renewed the tail was claimed again while still
 * queued, and sent twice, within seconds.
 */
public class SlowEndpointProfile extends DeliveryTestProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
    overrides.put("rapport.notification.delivery.concurrency", "40");
    overrides.put("rapport.notification.delivery.backlog", "200");
    overrides.put("rapport.notification.delivery.lease", "3s");
    overrides.put("rapport.notification.delivery.interval", "200ms");
    overrides.put("rapport.notification.delivery.request-timeout", "10s");
    return overrides;
  }
}
