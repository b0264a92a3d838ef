package dev.rapport.notification.config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The prod profile refuses to start on the development link secret or secret key: anyone who read
 * the source could forge tracked links or read webhook secrets. Dev and test runs keep them.
 */
@ApplicationScoped
public class ProductionSecrets {
  /** The development value of {@code rapport.notification.link-secret} (its default). */
  public static final String DEVELOPMENT_LINK_SECRET = NotificationConfig.DEVELOPMENT_LINK_SECRET;

  void check(@Observes StartupEvent event, SecretsConfig secrets, NotificationConfig config) {
    check(LaunchMode.current(), config.linkSecret(), secrets.key());
  }

  /**
   * @throws IllegalStateException naming the setting, in production, on a development value
   */
  public static void check(LaunchMode mode, String linkSecret, String secretKey) {
    if (mode != LaunchMode.NORMAL) {
      return;
    }
    if (DEVELOPMENT_LINK_SECRET.equals(linkSecret)) {
      throw new IllegalStateException(
          "rapport.notification.link-secret (RAPPORT_LINK_SECRET) is the development default;"
              + " set a long random one for this installation");
    }
    if (SecretsConfig.DEVELOPMENT_KEY.equals(secretKey)) {
      throw new IllegalStateException(
          "rapport.notification.secrets.key (RAPPORT_NOTIFICATION_SECRETS_KEY) is the"
              + " development default; set the base64 of 32 random bytes for this installation");
    }
  }
}
