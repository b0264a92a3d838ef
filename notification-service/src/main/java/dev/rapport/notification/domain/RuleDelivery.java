package dev.rapport.notification.domain;

/** What an audience rule does with an event. */
public enum RuleDelivery {
  /** Sent as soon as preferences allow (quiet hours, the person's own digest). */
  IMMEDIATE,
  /**
   * Gathered into the person's digest (daily unless they chose hourly); critical ones go at once.
   */
  DIGEST,
  /** Not sent to this audience. */
  NONE
}
