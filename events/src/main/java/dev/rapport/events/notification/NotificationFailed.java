package dev.rapport.events.notification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.rapport.events.EventPayload;
import java.time.Instant;

/**
 * A try to send a message failed. While {@code dead} is false it will be retried at {@code
 * nextAttemptAt}; once dead, only an admin's replay sends it again.
 *
 * @param notification which message
 * @param attempts tries so far
 * @param error what went wrong, e.g. "HTTP 503 from https://hooks.example.com/..."
 * @param dead true when no more tries will be made
 * @param nextAttemptAt when the next try is due, or null when dead
 * @param failedAt when this try failed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationFailed(
    NotificationRef notification,
    int attempts,
    String error,
    boolean dead,
    Instant nextAttemptAt,
    Instant failedAt)
    implements EventPayload {
  public static final String TYPE = "rapport.notification.failed.v1";

  @Override
  public String eventType() {
    return TYPE;
  }

  @Override
  public String aggregateId() {
    return notification.notificationId().toString();
  }
}
