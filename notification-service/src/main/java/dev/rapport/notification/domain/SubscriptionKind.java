package dev.rapport.notification.domain;

/** What a subscription is. */
public enum SubscriptionKind {
  /** A chat room's Slack-compatible incoming webhook: a one-line summary per event. */
  CHAT,
  /** An external system: the CloudEvent as JSON, signed per Standard Webhooks. */
  WEBHOOK;

  /** The channel its deliveries go on. */
  public Channel channel() {
    return this == CHAT ? Channel.CHAT : Channel.WEBHOOK;
  }
}
