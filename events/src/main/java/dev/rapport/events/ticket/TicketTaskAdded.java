package dev.rapport.events.ticket;

import dev.rapport.events.EventPayload;
import java.util.UUID;

/** A task was added to the ticket's checklist. */
public record TicketTaskAdded(TicketSummary ticket, String actor, UUID taskId, String title)
    implements EventPayload {
  public static final String TYPE = "rapport.ticket.task-added.v1";

  @Override
  public String eventType() {
    return TYPE;
  }

  @Override
  public String aggregateId() {
    return ticket.id().toString();
  }
}
