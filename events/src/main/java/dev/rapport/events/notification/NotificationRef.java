package dev.rapport.events.notification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/**
 * Which message a notification event is about. Schema: {@code
 * schemas/rapport.notification.ref.json}.
 *
 * @param notificationId the delivery id: the Kafka key of notification events
 * @param sourceEventId the ce_id of the event that caused the message
 * @param sourceEventType the ce_type of that event, e.g. {@code rapport.ticket.resolved.v1}
 * @param ticketId the ticket it is about, or null
 * @param ticketKey the ticket's key, e.g. {@code T-1042}, or null
 * @param recipient the userName it went to, or {@code subscription:<id>} for a chat room or system
 * @param audience REQUESTER, WATCHER, ASSIGNEE, TEAM, END_USER, BUSINESS_OWNER, EXECUTIVE, IT or
 *     SUBSCRIPTION
 * @param channel EMAIL, CHAT, WEBHOOK or IN_APP
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationRef(
    UUID notificationId,
    String sourceEventId,
    String sourceEventType,
    UUID ticketId,
    String ticketKey,
    String recipient,
    String audience,
    String channel) {}
