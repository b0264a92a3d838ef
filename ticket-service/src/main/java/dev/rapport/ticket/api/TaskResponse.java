package dev.rapport.ticket.api;

import dev.rapport.ticket.domain.TicketTask;
import java.time.Instant;
import java.util.UUID;

public record TaskResponse(
    UUID id, int position, String title, boolean done, Instant completedAt, String completedBy) {

  static TaskResponse of(TicketTask t) {
    return new TaskResponse(t.id, t.position, t.title, t.isDone(), t.completedAt, t.completedBy);
  }
}
