package dev.rapport.notification.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** Puts the rendering of a message that a delivery's channel needs on the delivery. */
final class DeliveryContent {
  private DeliveryContent() {}

  static void fill(Delivery d, Message message, ObjectMapper json) {
    d.subject = message.subject();
    switch (d.channel) {
      case EMAIL -> {
        d.bodyText = message.emailText();
        d.bodyHtml = message.emailHtml();
      }
      case CHAT -> {
        d.bodyText = message.chatText();
        d.payload = chatPayload(message.chatText(), json);
      }
      default -> d.bodyText = message.inAppText();
    }
  }

  /** A Slack-compatible incoming-webhook body (also Mattermost and Rocket.Chat). */
  static String chatPayload(String text, ObjectMapper json) {
    try {
      return json.writeValueAsString(Map.of("text", text));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of one string always serialises", e);
    }
  }
}
