package dev.rapport.events.notification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.rapport.events.EventPayload;
import java.time.Instant;

/**
 * A message reached its channel: accepted by the SMTP server, the chat or webhook endpoint (2xx),
 * or placed in the in-app inbox.
 *
 * @param notification which message
 * @param attempts how many tries it took (1 when the first worked)
 * @param digest true when it went out as part of a digest
 * @param deliveredAt when
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationDelivered(
    NotificationRef notification, int attempts, boolean digest, Instant deliveredAt)
    implements EventPayload {
  public static final String TYPE = "rapport.notification.delivered.v1";

  @Override
  public String eventType() {
    return TYPE;
  }

  @Override
  public String aggregateId() {
    return notification.notificationId().toString();
  }
}
