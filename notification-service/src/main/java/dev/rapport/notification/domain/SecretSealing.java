package dev.rapport.notification.domain;

import dev.rapport.notification.config.SecretsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook signing secrets at rest: AES-256-GCM under {@code rapport.notification.secrets.key}, a
 * random 96-bit nonce per secret, stored as {@code aesgcm:v1:<base64(nonce || ciphertext+tag)>}.
 * The JDK's javax.crypto does the work; a plain {@code whsec_} value (written before encryption) is
 * still read, and sealed at start-up by {@link SubscriptionSecrets}.
 */
@ApplicationScoped
public class SecretSealing {
  static final String PREFIX = "aesgcm:v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKey key;

  @Inject
  SecretSealing(SecretsConfig config) {
    this(config.key());
  }

  /** For tests. */
  public SecretSealing(String base64Key) {
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(base64Key.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("rapport.notification.secrets.key must be base64", e);
    }
    if (raw.length != 32) {
      throw new IllegalStateException(
          "rapport.notification.secrets.key must be the base64 of 32 bytes, not " + raw.length);
    }
    this.key = new SecretKeySpec(raw, "AES");
  }

  /** {@code secret} encrypted, as stored. */
  public String seal(String secret) {
    if (secret == null) {
      return null;
    }
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      return PREFIX
          + Base64.getEncoder()
              .encodeToString(
                  ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/GCM is part of every JDK", e);
    }
  }

  /**
   * The secret in clear; null when {@code stored} is null or cannot be opened with this key (the
   * delivery then fails with "no usable signing secret").
   */
  public String reveal(String stored) {
    if (stored == null || !stored.startsWith(PREFIX)) {
      return stored; // null, or written before secrets were encrypted
    }
    try {
      byte[] raw = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, raw, 0, NONCE_BYTES));
      return new String(
          cipher.doFinal(raw, NONCE_BYTES, raw.length - NONCE_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return null;
    }
  }

  /** Whether {@code stored} is sealed (not a secret in clear). */
  public static boolean isSealed(String stored) {
    return stored != null && stored.startsWith(PREFIX);
  }
}
