package dev.rapport.notification.domain;

/** How often a person wants their non-critical messages. */
public enum DigestSchedule {
  /** Each message on its own, as it happens. */
  IMMEDIATE,
  /** Gathered and sent at the top of every hour, in the person's timezone. */
  HOURLY,
  /** Gathered and sent once a day at their digest time. */
  DAILY
}
