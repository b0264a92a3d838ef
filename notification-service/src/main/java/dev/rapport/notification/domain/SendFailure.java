package dev.rapport.notification.domain;

/**
 * A try to send failed. The message is readable and safe to store and publish ("HTTP 503 from
 * https://hooks.example.com/services/***"): never a secret. A permanent failure (no address, a
 * removed subscription) will not get better by retrying, so the delivery is DEAD at once.
 */
public class SendFailure extends Exception {
  private final boolean permanent;

  public SendFailure(String message) {
    this(message, false);
  }

  public SendFailure(String message, boolean permanent) {
    super(message, null, false, false);
    this.permanent = permanent;
  }

  public boolean permanent() {
    return permanent;
  }
}
