package dev.rapport.notification.api;

import dev.rapport.notification.domain.Audience;
import dev.rapport.notification.domain.Delivery;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A message in the caller's in-app inbox")
public record InboxItem(
    @Schema(required = true) UUID id,
    @Schema(
            required = true,
            example = "Your request 'VPN drops' is being worked on by the Network team")
        String subject,
    @Schema(required = true) String body,
    @Schema(
            required = true,
            description =
                "The ticket or engagement event it is about, or rapport.notification.digest")
        String eventType,
    @Schema(
            nullable = true,
            implementation = String.class,
            format = "uuid",
            description = "Null for a digest, a pulse invitation or an engagement alert")
        UUID ticketId,
    @Schema(nullable = true, example = "T-1042") String ticketKey,
    @Schema(required = true, description = "Why the caller hears about it", example = "REQUESTER")
        Audience audience,
    @Schema(required = true) boolean critical,
    @Schema(required = true) boolean read,
    @Schema(required = true) Instant createdAt,
    @Schema(
            nullable = true,
            implementation = String.class,
            format = "date-time",
            description = "Null while unread")
        Instant readAt) {
  static InboxItem of(Delivery d) {
    return new InboxItem(
        d.id,
        d.subject,
        d.bodyText,
        d.eventType,
        d.ticketId,
        d.ticketKey,
        d.audience,
        d.critical,
        d.readAt != null,
        d.createdAt,
        d.readAt);
  }
}
