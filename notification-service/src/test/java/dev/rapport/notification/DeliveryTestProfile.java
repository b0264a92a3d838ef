package dev.rapport.notification;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * Real SMTP from {@link MailCatcherResource}, and retries quick enough that a delivery is dead
 * within a few seconds (3 tries, delays of at most 0.2 s and 0.4 s).
 */
public class DeliveryTestProfile implements QuarkusTestProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "rapport.notification.delivery.max-attempts", "3",
        "rapport.notification.delivery.backoff-initial", "200ms",
        "rapport.notification.delivery.backoff-max", "400ms",
        "rapport.notification.delivery.request-timeout", "20s",
        "rapport.notification.portal-url", "https://portal.example.com",
        "rapport.notification.link-base-url", "https://notify.example.com",
        // The HttpReceivers these tests post to listen on loopback.
        "rapport.outbound.allow", "127.0.0.1");
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(MailCatcherResource.class));
  }
}
