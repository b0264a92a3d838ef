package dev.rapport.notification.api;

import dev.rapport.notification.channel.UrlRedaction;
import dev.rapport.notification.domain.Audience;
import dev.rapport.notification.domain.Channel;
import dev.rapport.notification.domain.Delivery;
import dev.rapport.notification.domain.DeliveryStatus;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One message to one recipient on one channel, and how its delivery went.")
public record DeliveryResponse(
    UUID id,
    @Schema(description = "ce_id of the event that caused it") String eventId,
    @Schema(example = "rapport.ticket.resolved.v1") String eventType,
    UUID ticketId,
    @Schema(example = "T-1042") String ticketKey,
    @Schema(description = "A userName, or subscription:<id>") String recipient,
    UUID personId,
    UUID subscriptionId,
    Audience audience,
    Channel channel,
    @Schema(description = "E-mail address, or the URL redacted (key-like path segments as ***)")
        String address,
    String subject,
    boolean critical,
    @Schema(description = "PENDING, SENT, FAILED (will retry), DEAD, DIGEST or SUPPRESSED")
        DeliveryStatus status,
    @Schema(description = "Tries so far") int attempts,
    @Schema(description = "When the next try is due (PENDING, FAILED)") Instant nextAttemptAt,
    @Schema(example = "HTTP 503 from https://hooks.example.com/services/***") String lastError,
    @Schema(description = "The digest it went out in") UUID digestId,
    Instant createdAt,
    Instant sentAt,
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
