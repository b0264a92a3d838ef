package dev.rapport.notification.api;

import dev.rapport.notification.domain.Audience;
import dev.rapport.notification.domain.Channel;
import dev.rapport.notification.domain.Delivery;
import dev.rapport.notification.domain.DeliveryStatus;
import dev.rapport.notification.domain.UrlRedaction;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One message to one recipient on one channel, and how its delivery went.")
public record DeliveryResponse(
    @Schema(required = true) UUID id,
    @Schema(
            required = true,
            description = "ce_id of the event that caused it (for a digest: digest:<id>)")
        String eventId,
    @Schema(required = true, example = "rapport.ticket.resolved.v1") String eventType,
    @Schema(
            nullable = true,
            implementation = String.class,
            format = "uuid",
            description = "Null for a message about no ticket (a digest)")
        UUID ticketId,
    @Schema(nullable = true, example = "T-1042") String ticketKey,
    @Schema(required = true, description = "A userName, or subscription:<id>") String recipient,
    @Schema(
            nullable = true,
            implementation = String.class,
            format = "uuid",
            description = "Null for a subscription, or a person HR never sent")
        UUID personId,
    @Schema(
            nullable = true,
            implementation = String.class,
            format = "uuid",
            description = "Null unless the recipient is a subscription")
        UUID subscriptionId,
    @Schema(required = true) Audience audience,
    @Schema(required = true) Channel channel,
    @Schema(
            nullable = true,
            description =
                "E-mail address, or the URL redacted (key-like path segments as ***); null for"
                    + " IN_APP and a person's own chat (read from their preferences when sent)")
        String address,
    @Schema(required = true) String subject,
    @Schema(required = true) boolean critical,
    @Schema(
            required = true,
            description = "PENDING, SENT, FAILED (will retry), DEAD, DIGEST or SUPPRESSED")
        DeliveryStatus status,
    @Schema(required = true, description = "Tries so far") int attempts,
    @Schema(
            nullable = true,
            implementation = String.class,
            format = "date-time",
            description = "When the next try is due (PENDING, FAILED)")
        Instant nextAttemptAt,
    @Schema(nullable = true, example = "HTTP 503 from https://hooks.example.com/services/***")
        String lastError,
    @Schema(
            nullable = true,
            implementation = String.class,
            format = "uuid",
            description = "The digest it went out in")
        UUID digestId,
    @Schema(required = true) Instant createdAt,
    @Schema(
            nullable = true,
            implementation = String.class,
            format = "date-time",
            description = "Null until sent")
        Instant sentAt,
    @Schema(
            nullable = true,
            implementation = String.class,
            format = "date-time",
            description = "Null until first read (inbox or tracked link)")
        Instant readAt) {

  static DeliveryResponse of(Delivery d) {
    String address =
        d.channel == Channel.CHAT || d.channel == Channel.WEBHOOK
            ? UrlRedaction.redact(d.address)
            : d.address;
    return new DeliveryResponse(
        d.id,
        d.eventId,
        d.eventType,
        d.ticketId,
        d.ticketKey,
        d.recipient,
        d.personId,
        d.subscriptionId,
        d.audience,
        d.channel,
        address,
        d.subject,
        d.critical,
        d.status,
        d.attempts,
        d.nextAttemptAt,
        d.lastError,
        d.digestId,
        d.createdAt,
        d.sentAt,
        d.readAt);
  }
}
