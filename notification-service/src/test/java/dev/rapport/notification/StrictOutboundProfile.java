package dev.rapport.notification;

import java.util.HashMap;
import java.util.Map;

/** {@link DeliveryTestProfile} without an outbound allow-list: loopback is refused like any. */
public class StrictOutboundProfile extends DeliveryTestProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
    overrides.remove("rapport.outbound.allow");
    return overrides;
  }
}
