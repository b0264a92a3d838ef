package dev.rapport.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Keys that protect what notification-service keeps; set both per installation. */
@ConfigMapping(prefix = "rapport.notification.secrets")
public interface SecretsConfig {
  /** The development key: fine on a laptop, refused by the prod profile. */
  String DEVELOPMENT_KEY = "ZGV2LW9ubHktc2VjcmV0LWtleS1jaGFuZ2UtbWUhISE=";

  /**
   * The AES-256 key (base64 of 32 bytes) that encrypts webhook signing secrets at rest ({@code
   * ./rapport up} generates one under .rapport/; {@code openssl rand -base64 32} makes one).
   */
  @WithDefault(DEVELOPMENT_KEY)
  String key();
}
