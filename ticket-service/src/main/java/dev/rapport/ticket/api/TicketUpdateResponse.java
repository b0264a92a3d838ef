package dev.rapport.ticket.api;

import dev.rapport.ticket.domain.TicketUpdate;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description = "A public update or an internal work note",
    requiredProperties = {"id", "visibility", "body", "author", "automatic", "createdAt"})
public record TicketUpdateResponse(
    UUID id,
    @Schema(example = "PUBLIC") String visibility,
    @Schema(example = "We found the cause and are replacing the device.") String body,
    @Schema(example = "dana@example.com") String author,
    @Schema(description = "True for progress messages the service posts itself") boolean automatic,
    Instant createdAt) {

  static TicketUpdateResponse of(TicketUpdate u) {
    return new TicketUpdateResponse(
        u.id, u.visibility.name(), u.body, u.author, u.automatic, u.createdAt);
  }
}
