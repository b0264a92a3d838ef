package dev.rapport.notification.domain;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;

/** At start-up, encrypts the signing secrets that were stored in clear before encryption. */
@ApplicationScoped
public class SubscriptionSecrets {
  private final SecretSealing sealing;

  SubscriptionSecrets(SecretSealing sealing) {
    this.sealing = sealing;
  }

  @Transactional
  void sealThoseInClear(@Observes StartupEvent event) {
    List<Subscription> inClear = Subscription.list("secret like 'whsec%'");
    inClear.forEach(s -> s.secret = sealing.seal(s.secret));
  }
}
