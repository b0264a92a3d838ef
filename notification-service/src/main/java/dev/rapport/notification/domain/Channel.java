package dev.rapport.notification.domain;

/** Where a message goes. */
public enum Channel {
  /** SMTP, HTML and text parts. */
  EMAIL,
  /** A Slack-compatible incoming webhook (Slack, Mattermost, Rocket.Chat). */
  CHAT,
  /** The CloudEvent as JSON, signed per the Standard Webhooks specification. */
  WEBHOOK,
  /** The person's inbox in the portal. */
  IN_APP
}
