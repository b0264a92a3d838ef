package dev.rapport.support.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens that are their own proof, for links that are a credential (a tracked link, a one-click
 * survey answer): the payload bytes followed by their HMAC-SHA256 under a secret, truncated to 128
 * bits, in URL-safe base64 without padding. Nobody without the secret can make one or change a byte
 * of one; {@link #verify} compares in constant time. The payload is signed, not hidden.
 */
public final class SignedTokens {
  /** The bytes of the signature at the end of every token. */
  public static final int MAC_BYTES = 16;

  private final SecretKeySpec key;

  /**
   * A keyed Mac per thread, reused (doFinal resets it to the keyed state): looking the algorithm up
   * and keying it for every token cost more than the signature itself, and a survey request signs
   * six.
   */
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::keyedMac);

  /** Tokens signed with {@code secret} (its UTF-8 bytes are the HMAC key). */
  public SignedTokens(String secret) {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException("a signing secret must not be empty");
    }
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  /** The token of {@code payload}. */
  public String sign(byte[] payload) {
    byte[] token = Arrays.copyOf(payload, payload.length + MAC_BYTES);
    System.arraycopy(mac(payload), 0, token, payload.length, MAC_BYTES);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
  }

  /**
   * The payload of a genuine token of {@code payloadBytes} bytes; empty for anything else (not
   * base64, another length, a signature that does not match).
   */
  public Optional<byte[]> verify(String token, int payloadBytes) {
    byte[] raw;
    try {
      raw = Base64.getUrlDecoder().decode(token);
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
    if (raw.length != payloadBytes + MAC_BYTES) {
      return Optional.empty();
    }
    byte[] payload = Arrays.copyOf(raw, payloadBytes);
    byte[] expected = Arrays.copyOf(mac(payload), MAC_BYTES);
    byte[] given = Arrays.copyOfRange(raw, payloadBytes, raw.length);
    return MessageDigest.isEqual(expected, given) ? Optional.of(payload) : Optional.empty();
  }

  private byte[] mac(byte[] data) {
    return macs.get().doFinal(data);
  }

  private Mac keyedMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
