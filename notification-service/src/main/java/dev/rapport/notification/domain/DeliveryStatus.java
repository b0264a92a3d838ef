package dev.rapport.notification.domain;

/** Where a delivery stands. */
public enum DeliveryStatus {
  /** Due at {@code nextAttemptAt}. */
  PENDING,
  /** The channel accepted it. */
  SENT,
  /** The last try failed; it is retried at {@code nextAttemptAt}. */
  FAILED,
  /** Every try failed; only an admin's replay sends it again. */
  DEAD,
  /** Waiting to go out inside a digest ({@code digestId} once it has). */
  DIGEST,
  /** Not sent because of the person's choices (opt-out); kept so the decision is visible. */
  SUPPRESSED,
  /**
   * The news it carried no longer holds (its survey was withdrawn before it was answered): never
   * sent, or taken out of the inbox.
   */
  WITHDRAWN
}
