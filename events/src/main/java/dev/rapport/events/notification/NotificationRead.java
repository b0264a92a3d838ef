package dev.rapport.events.notification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.rapport.events.EventPayload;
import java.time.Instant;

/**
 * The recipient read a message: marked it read in the in-app inbox, or followed its tracked "view
 * ticket" link. Only the first read of a message is announced.
 *
 * @param notification which message
 * @param how INBOX or LINK
 * @param readAt when
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationRead(NotificationRef notification, String how, Instant readAt)
    implements EventPayload {
  public static final String TYPE = "rapport.notification.read.v1";

  @Override
  public String eventType() {
    return TYPE;
  }

  @Override
  public String aggregateId() {
    return notification.notificationId().toString();
  }
}
