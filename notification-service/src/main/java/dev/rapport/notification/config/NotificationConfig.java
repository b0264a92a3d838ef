package dev.rapport.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code rapport.notification.*}: where tracked "view ticket" links point and how they are signed.
 * Delivery, digests, links, retention and secrets have mappings of their own.
 */
@ConfigMapping(prefix = "rapport.notification")
public interface NotificationConfig {
  /** The development value of {@link #linkSecret()}: the prod profile refuses it. */
  String DEVELOPMENT_LINK_SECRET = "dev-only-link-secret-change-me";

  /**
   * The HMAC key that signs tracked links (env RAPPORT_LINK_SECRET; {@code ./rapport up} generates
   * one). Anyone who knows it can forge links.
   */
  @WithDefault("${RAPPORT_LINK_SECRET:" + DEVELOPMENT_LINK_SECRET + "}")
  String linkSecret();

  /**
   * This service as recipients reach it (env RAPPORT_LINK_BASE_URL): links are {@code
   * <link-base-url>/r/<token>}.
   */
  @WithDefault("${RAPPORT_LINK_BASE_URL:http://localhost:8082}")
  String linkBaseUrl();

  /**
   * The portal (env RAPPORT_PORTAL_URL): a followed link redirects to {@code
   * <portal-url>/tickets/<ticketKey>}.
   */
  @WithDefault("${RAPPORT_PORTAL_URL:http://localhost:8080}")
  String portalUrl();
}
