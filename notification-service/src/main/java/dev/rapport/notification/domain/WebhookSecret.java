package dev.rapport.notification.domain;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Standard Webhooks secrets: {@code whsec_} followed by the base64 of 24 to 64 random bytes. The
 * signing key is the decoded bytes.
 */
public final class WebhookSecret {
  public static final String PREFIX = "whsec_";
  static final int GENERATED_BYTES = 24;
  static final int MIN_BYTES = 24;
  static final int MAX_BYTES = 64;
  private static final SecureRandom RANDOM = new SecureRandom();

  private WebhookSecret() {}

  /** A new secret: {@code whsec_} + base64 of 24 random bytes. */
  public static String generate() {
    byte[] key = new byte[GENERATED_BYTES];
    RANDOM.nextBytes(key);
    return PREFIX + Base64.getEncoder().encodeToString(key);
  }

  /** Whether {@code secret} is a well-formed secret (prefix, base64, 24 to 64 bytes). */
  public static boolean isValid(String secret) {
    try {
      int length = key(secret).length;
      return length >= MIN_BYTES && length <= MAX_BYTES;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The signing key.
   *
   * @throws IllegalArgumentException when not {@code whsec_} + base64
   */
  public static byte[] key(String secret) {
    if (secret == null || !secret.startsWith(PREFIX)) {
      throw new IllegalArgumentException("not a whsec_ secret");
    }
    return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
  }
}
