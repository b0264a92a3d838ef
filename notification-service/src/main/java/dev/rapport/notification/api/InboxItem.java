package dev.rapport.notification.api;

import dev.rapport.notification.domain.Audience;
import dev.rapport.notification.domain.Delivery;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A message in the caller's in-app inbox")
public record InboxItem(
    UUID id,
    @Schema(example = "Your request 'VPN drops' is being worked on by the Network team")
        String subject,
    String body,
    @Schema(description = "The ticket event it is about, or rapport.notification.digest")
        String eventType,
    UUID ticketId,
    @Schema(example = "T-1042") String ticketKey,
    @Schema(description = "Why the caller hears about it", example = "REQUESTER") Audience audience,
    boolean critical,
    boolean read,
    Instant createdAt,
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
