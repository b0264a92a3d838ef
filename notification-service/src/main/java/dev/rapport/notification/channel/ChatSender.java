package dev.rapport.notification.channel;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.notification.domain.Delivery;
import dev.rapport.notification.domain.SendFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Posts a chat message to a Slack-compatible incoming webhook (Slack, Mattermost, Rocket.Chat all
 * take {@code {"text": "..."}}). The payload was rendered when the delivery was decided; without
 * one, the delivery's text is sent.
 */
@ApplicationScoped
public class ChatSender {
  private final HttpPoster http;
  private final ObjectMapper json;

  ChatSender(HttpPoster http, ObjectMapper json) {
    this.http = http;
    this.json = json;
  }

  /**
   * @param url the webhook URL, as saved now (a subscription's, or the person's preference)
   */
  public void send(Delivery delivery, String url) throws SendFailure {
    if (url == null || url.isBlank()) {
      throw new SendFailure("No chat webhook URL to send to", true);
    }
    String payload = delivery.payload;
    if (payload == null || payload.isBlank()) {
      payload = json.createObjectNode().put("text", delivery.bodyText).toString();
    }
    http.postJson(url, payload, Map.of());
  }
}
