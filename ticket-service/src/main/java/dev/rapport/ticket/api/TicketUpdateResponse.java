package dev.rapport.ticket.api;

import dev.rapport.ticket.domain.TicketUpdate;
import java.time.Instant;
import java.util.UUID;

public record TicketUpdateResponse(
    UUID id, String visibility, String body, String author, boolean automatic, Instant createdAt) {

  static TicketUpdateResponse of(TicketUpdate u) {
    return new TicketUpdateResponse(
        u.id, u.visibility.name(), u.body, u.author, u.automatic, u.createdAt);
  }
}
