package dev.rapport.skills.messaging;

import dev.rapport.events.ticket.Progress;
import dev.rapport.events.ticket.TicketSummary;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Tickets as ticket-service describes them in its events, with only what a test varies. */
final class TicketFixture {
  private TicketFixture() {}

  static TicketSummary ticket(
      UUID id,
      String key,
      String status,
      String priority,
      String assignee,
      String teamId,
      List<String> requiredSkills,
      Instant createdAt,
      Instant updatedAt) {
    return new TicketSummary(
        id,
        key,
        "INCIDENT",
        "Something is broken",
        status,
        priority,
        "MEDIUM",
        "MEDIUM",
        "requester@example.com",
        assignee,
        teamId,
        null,
        null,
        null,
        requiredSkills,
        List.of(),
        List.of(),
        new Progress(0, 0),
        createdAt,
        updatedAt);
  }
}
