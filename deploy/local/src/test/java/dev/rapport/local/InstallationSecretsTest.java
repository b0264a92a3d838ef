package dev.rapport.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallationSecretsTest {
  @Test
  void eachInstallationGetsItsOwnRandomSecretsOnceAndKeepsThem(
      @TempDir Path one, @TempDir Path other) {
    Map<String, String> first = InstallationSecrets.ensure(one);
    assertThat(first)
        .containsOnlyKeys(
            "RAPPORT_LINK_SECRET", "RAPPORT_NOTIFICATION_SECRETS_KEY", "RAPPORT_SURVEY_SECRET");
    assertThat(Base64.getDecoder().decode(first.get("RAPPORT_NOTIFICATION_SECRETS_KEY")))
        .hasSize(32);
    assertThat(InstallationSecrets.ensure(one)).isEqualTo(first);
    Map<String, String> second = InstallationSecrets.ensure(other);
    assertThat(second.get("RAPPORT_LINK_SECRET")).isNotEqualTo(first.get("RAPPORT_LINK_SECRET"));
    assertThat(second.get("RAPPORT_NOTIFICATION_SECRETS_KEY"))
        .isNotEqualTo(first.get("RAPPORT_NOTIFICATION_SECRETS_KEY"));
  }
}
