package dev.rapport.events.ticket;

import dev.rapport.events.EventPayload;
import java.util.UUID;

/** A checklist task was completed; {@code completed} of {@code total} are now done. */
public record TicketTaskCompleted(
    TicketSummary ticket, String actor, UUID taskId, String title, int completed, int total)
    implements EventPayload {
  public static final String TYPE = "rapport.ticket.task-completed.v1";

  @Override
  public String eventType() {
    return TYPE;
  }

  @Override
  public String aggregateId() {
    return ticket.id().toString();
  }
}
