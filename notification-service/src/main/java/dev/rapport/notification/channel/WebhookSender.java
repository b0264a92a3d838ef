package dev.rapport.notification.channel;

import dev.rapport.notification.domain.Delivery;
import dev.rapport.notification.domain.SendFailure;
import dev.rapport.notification.domain.WebhookSecret;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;

/**
 * Posts the CloudEvent (structured mode JSON, rendered into the delivery's payload) to a
 * subscriber's URL, signed per the Standard Webhooks specification: {@code webhook-id} is the
 * delivery id (the same on every retry, so receivers de-duplicate by it), {@code webhook-timestamp}
 * the epoch seconds of this try, {@code webhook-signature} {@code v1,<base64 HMAC-SHA256 of
 * "id.timestamp.body">}.
 */
@ApplicationScoped
public class WebhookSender {
  private final HttpPoster http;
  private final Clock clock;

  WebhookSender(HttpPoster http, Clock clock) {
    this.http = http;
    this.clock = clock;
  }

  /**
   * @param url the subscription's URL
   * @param secret the subscription's {@code whsec_} secret
   */
  public void send(Delivery delivery, String url, String secret) throws SendFailure {
    if (url == null || url.isBlank()) {
      throw new SendFailure("No webhook URL to send to", true);
    }
    if (secret == null || !WebhookSecret.isValid(secret)) {
      throw new SendFailure("The subscription has no usable signing secret", true);
    }
    if (delivery.payload == null) {
      throw new SendFailure("Nothing to send: the delivery has no payload", true);
    }
    String id = delivery.id.toString();
    long timestamp = clock.instant().getEpochSecond();
    http.postJson(
        url,
        delivery.payload,
        Map.of(
            "webhook-id",
            id,
            "webhook-timestamp",
            Long.toString(timestamp),
            "webhook-signature",
            WebhookSignature.sign(secret, id, timestamp, delivery.payload)));
  }
}
