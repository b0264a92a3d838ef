package dev.rapport.notification.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.WithDefault;
import org.junit.jupiter.api.Test;

class ProductionSecretsTest {
  private static final String OWN_KEY = "q1m0m8y8c3QyZ2w3b2x2b2x2b2x2b2x2b2x2b2x2b2w=";

  @Test
  void productionRefusesTheDevelopmentLinkSecretNamingTheSetting() {
    assertThatThrownBy(
            () ->
                ProductionSecrets.check(
                    LaunchMode.NORMAL, ProductionSecrets.DEVELOPMENT_LINK_SECRET, OWN_KEY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("rapport.notification.link-secret");
  }

  @Test
  void productionRefusesTheDevelopmentSecretKeyNamingTheSetting() {
    assertThatThrownBy(
            () ->
                ProductionSecrets.check(
                    LaunchMode.NORMAL, "a-long-random-link-secret", SecretsConfig.DEVELOPMENT_KEY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("rapport.notification.secrets.key");
  }

  @Test
  void ownSecretsStartAndDevelopmentRunsKeepTheDefaults() {
    assertThatCode(
            () -> ProductionSecrets.check(LaunchMode.NORMAL, "a-long-random-link-secret", OWN_KEY))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                ProductionSecrets.check(
                    LaunchMode.DEVELOPMENT,
                    ProductionSecrets.DEVELOPMENT_LINK_SECRET,
                    SecretsConfig.DEVELOPMENT_KEY))
        .doesNotThrowAnyException();
  }

  @Test
  void theApplicationsDefaultLinkSecretIsTheOneRefused() throws Exception {
    // The default lives in its mapping only (not in application.properties).
    String linkSecretDefault =
        NotificationConfig.class.getMethod("linkSecret").getAnnotation(WithDefault.class).value();
    assertThat(linkSecretDefault).contains(ProductionSecrets.DEVELOPMENT_LINK_SECRET);
  }
}
