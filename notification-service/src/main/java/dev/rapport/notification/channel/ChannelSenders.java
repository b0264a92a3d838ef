package dev.rapport.notification.channel;

import dev.rapport.notification.domain.Delivery;
import dev.rapport.notification.domain.SendFailure;
import dev.rapport.notification.domain.Sender;
import jakarta.enterprise.context.ApplicationScoped;

/** The {@link Sender} of the delivery worker: e-mail, chat or webhook by the delivery's channel. */
@ApplicationScoped
public class ChannelSenders implements Sender {
  private final EmailSender email;
  private final ChatSender chat;
  private final WebhookSender webhook;

  ChannelSenders(EmailSender email, ChatSender chat, WebhookSender webhook) {
    this.email = email;
    this.chat = chat;
    this.webhook = webhook;
  }

  @Override
  public void send(Delivery delivery, String address, String secret) throws SendFailure {
    switch (delivery.channel) {
      case EMAIL -> email.send(delivery);
      case CHAT -> chat.send(delivery, address);
      case WEBHOOK -> webhook.send(delivery, address, secret);
      case IN_APP -> {
        // in the inbox already: nothing goes over the network
      }
    }
  }
}
