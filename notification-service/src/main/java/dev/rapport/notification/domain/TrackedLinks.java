package dev.rapport.notification.domain;

import dev.rapport.notification.config.NotificationConfig;
import dev.rapport.support.security.SignedTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.UUID;

/**
 * Tracked "view ticket" links for messages: {@code <link-base-url>/r/<token>}, where the token is
 * the delivery id signed ({@link SignedTokens}: HMAC-SHA256 truncated to 128 bits, URL-safe base64)
 * under {@code rapport.notification.link-secret}. Following one records the first read of that
 * message and redirects to the ticket in the portal; nobody can make a token for another delivery
 * without the secret. Templates call {@link #linkFor(Delivery)}.
 */
@ApplicationScoped
public class TrackedLinks {
  private static final int ID_BYTES = 16;

  private final SignedTokens tokens;
  private final String baseUrl;

  @Inject
  TrackedLinks(NotificationConfig config) {
    this(config.linkSecret(), config.linkBaseUrl());
  }

  TrackedLinks(String secret, String baseUrl) {
    this.tokens = new SignedTokens(secret);
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** The tracked link of {@code delivery} (its id must be set), e.g. for a "View ticket" button. */
  public String linkFor(Delivery delivery) {
    return linkFor(delivery.id);
  }

  /** The tracked link of the delivery that will have id {@code deliveryId}. */
  public String linkFor(UUID deliveryId) {
    return baseUrl + "/r/" + token(deliveryId);
  }

  /** The token of delivery {@code id}. */
  public String token(UUID id) {
    return tokens.sign(
        ByteBuffer.allocate(ID_BYTES)
            .putLong(id.getMostSignificantBits())
            .putLong(id.getLeastSignificantBits())
            .array());
  }

  /** The delivery id of a genuine token; empty for anything else. */
  public Optional<UUID> verify(String token) {
    return tokens
        .verify(token, ID_BYTES)
        .map(ByteBuffer::wrap)
        .map(buffer -> new UUID(buffer.getLong(), buffer.getLong()));
  }
}
