package dev.rapport.notification.channel;

import dev.rapport.notification.domain.WebhookSecret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature: {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">} keyed
 * with the decoded secret. Receivers verify it with any Standard Webhooks library, and reject
 * replays by the timestamp (the libraries allow five minutes).
 */
public final class WebhookSignature {
  private WebhookSignature() {}

  /** The {@code webhook-signature} header value for this message. */
  public static String sign(String secret, String messageId, long epochSeconds, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(WebhookSecret.key(secret), "HmacSHA256"));
      byte[] signature =
          mac.doFinal(
              (messageId + "." + epochSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(signature);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
