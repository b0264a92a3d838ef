package dev.rapport.notification.domain;

import java.time.Instant;

/**
 * What happened to messages, announced on {@code rapport.notifications.v1} in the transaction of
 * the change, so that engagement can measure reach and reads. The messaging package implements it.
 */
public interface NotificationEventPublisher {
  /** How a message was read. */
  enum ReadBy {
    INBOX,
    LINK
  }

  /**
   * The channel accepted {@code delivery} (now SENT); {@code inDigest} when a digest carried it.
   */
  void delivered(Delivery delivery, boolean inDigest, Instant at);

  /** A try failed; {@code delivery.status} says whether it will be retried (FAILED) or is DEAD. */
  void failed(Delivery delivery, String error, Instant at);

  /** The recipient read it for the first time. */
  void read(Delivery delivery, ReadBy how, Instant at);
}
