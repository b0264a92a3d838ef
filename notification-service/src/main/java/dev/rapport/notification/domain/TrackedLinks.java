package dev.rapport.notification.domain;

import dev.rapport.notification.config.NotificationConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tracked "view ticket" links for messages: {@code <link-base-url>/r/<token>}, where the token is
 * the delivery id and an HMAC-SHA256 of it (truncated to 128 bits) under {@code
 * rapport.notification.link-secret}, URL-safe base64. Following one records the first read of that
 * message and redirects to the ticket in the portal; nobody can make a token for another delivery
 * without the secret. Templates call {@link #linkFor(Delivery)}.
 */
@ApplicationScoped
public class TrackedLinks {
  private static final int ID_BYTES = 16;
  private static final int MAC_BYTES = 16;

  private final SecretKeySpec key;
  private final String baseUrl;

  @Inject
  TrackedLinks(NotificationConfig config) {
    this(config.linkSecret(), config.linkBaseUrl());
  }

  TrackedLinks(String secret, String baseUrl) {
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
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
    byte[] idBytes = bytes(id);
    byte[] token = Arrays.copyOf(idBytes, ID_BYTES + MAC_BYTES);
    System.arraycopy(mac(idBytes), 0, token, ID_BYTES, MAC_BYTES);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
  }

  /** The delivery id of a genuine token; empty for anything else. */
  public Optional<UUID> verify(String token) {
    byte[] raw;
    try {
      raw = Base64.getUrlDecoder().decode(token);
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
    if (raw.length != ID_BYTES + MAC_BYTES) {
      return Optional.empty();
    }
    byte[] idBytes = Arrays.copyOf(raw, ID_BYTES);
    byte[] expected = Arrays.copyOf(mac(idBytes), MAC_BYTES);
    byte[] given = Arrays.copyOfRange(raw, ID_BYTES, raw.length);
    if (!MessageDigest.isEqual(expected, given)) {
      return Optional.empty();
    }
    ByteBuffer buffer = ByteBuffer.wrap(idBytes);
    return Optional.of(new UUID(buffer.getLong(), buffer.getLong()));
  }

  private byte[] mac(byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private static byte[] bytes(UUID id) {
    return ByteBuffer.allocate(ID_BYTES)
        .putLong(id.getMostSignificantBits())
        .putLong(id.getLeastSignificantBits())
        .array();
  }
}
