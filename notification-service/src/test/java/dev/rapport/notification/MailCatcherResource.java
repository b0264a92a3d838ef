package dev.rapport.notification;

import dev.rapport.local.MailCatcher;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A real SMTP server (GreenMail) for the application under test, one per JVM. */
public class MailCatcherResource implements QuarkusTestResourceLifecycleManager {
  private static MailCatcher mail;

  /** The SMTP server the application sends to. */
  public static synchronized MailCatcher mail() {
    if (mail == null) {
      mail = MailCatcher.start();
      Runtime.getRuntime().addShutdownHook(new Thread(mail::close));
    }
    return mail;
  }

  @Override
  public Map<String, String> start() {
    return Map.of(
        "quarkus.mailer.host", mail().host(), "quarkus.mailer.port", String.valueOf(mail().port()));
  }

  @Override
  public void stop() {}
}
