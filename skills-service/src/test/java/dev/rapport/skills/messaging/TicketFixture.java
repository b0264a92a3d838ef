package dev.rapport.skills.messaging;

import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.local.testing.TestTickets;
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
    return TestTickets.ticket(id, key)
        .status(status)
        .priority(priority)
        .assignee(assignee)
        .teamId(teamId)
        .requiredSkills(requiredSkills)
        .createdAt(createdAt)
        .updatedAt(updatedAt)
        .summary();
  }
}
