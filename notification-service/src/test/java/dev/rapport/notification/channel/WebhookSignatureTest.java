package dev.rapport.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import dev.rapport.notification.domain.UrlRedaction;
import dev.rapport.notification.domain.WebhookSecret;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Our signatures verify with the Standard Webhooks reference library; forgeries do not. */
class WebhookSignatureTest {

  @Test
  void theReferenceLibraryAcceptsOurSignatureAndRejectsForgeries() throws Exception {
    String secret = WebhookSecret.generate();
    assertThat(secret).startsWith("whsec_");
    assertThat(WebhookSecret.isValid(secret)).isTrue();
    long now = System.currentTimeMillis() / 1000;
    String body = "{\"id\":\"1\"}";
    String signature = WebhookSignature.sign(secret, "msg_1", now, body);

    new Webhook(secret).verify(body, headers("msg_1", now, signature));

    assertThatThrownBy(
            () -> new Webhook(secret).verify("{\"id\":\"2\"}", headers("msg_1", now, signature)))
        .isInstanceOf(WebhookVerificationException.class);
    assertThatThrownBy(
            () ->
                new Webhook(WebhookSecret.generate())
                    .verify(body, headers("msg_1", now, signature)))
        .isInstanceOf(WebhookVerificationException.class);
    // A replay long after the fact is refused by the receiver's timestamp check.
    long old = now - 3600;
    assertThatThrownBy(
            () ->
                new Webhook(secret)
                    .verify(
                        body,
                        headers("msg_1", old, WebhookSignature.sign(secret, "msg_1", old, body))))
        .isInstanceOf(WebhookVerificationException.class);
  }

  @Test
  void secretsMustBeWellFormed() {
    assertThat(WebhookSecret.isValid("whsec_c2hvcnQ=")).isFalse(); // 5 bytes
    assertThat(WebhookSecret.isValid("secret")).isFalse();
    assertThat(WebhookSecret.isValid("whsec_not base64!")).isFalse();
  }

  @Test
  void urlsAreShownWithoutKeys() {
    assertThat(
            UrlRedaction.redact(
                "https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX?x=1"))
        .isEqualTo("https://hooks.slack.com/services/T000/B000/***");
    assertThat(UrlRedaction.redact("http://user:pw@127.0.0.1:8080/hooks/ops"))
        .isEqualTo("http://127.0.0.1:8080/hooks/ops");
    assertThat(UrlRedaction.redact("not a url")).isEqualTo("(invalid URL)");
  }

  private static Map<String, List<String>> headers(String id, long timestamp, String signature) {
    return Map.of(
        "webhook-id", List.of(id),
        "webhook-timestamp", List.of(Long.toString(timestamp)),
        "webhook-signature", List.of(signature));
  }
}
