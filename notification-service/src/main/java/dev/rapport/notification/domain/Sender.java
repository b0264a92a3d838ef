package dev.rapport.notification.domain;

/**
 * Hands a delivery to its network channel (e-mail, chat, webhook). Declared here so that the
 * delivery worker stays free of transports; the channel package implements it.
 */
public interface Sender {
  /**
   * Sends {@code delivery} on its channel; returns normally once the channel took it.
   *
   * @param address the chat or webhook URL as saved now (a subscription's, or the person's
   *     preference); unused for e-mail, which carries its address
   * @param secret the subscription's {@code whsec_} signing secret (WEBHOOK only)
   * @throws SendFailure when the try failed, with a message safe to store and publish
   */
  void send(Delivery delivery, String address, String secret) throws SendFailure;
}
