package dev.rapport.events.ticket;

import dev.rapport.events.EventPayload;
import java.util.List;

/** Fields of a ticket were edited; {@code changes} lists each field with its old and new value. */
public record TicketUpdated(TicketSummary ticket, String actor, List<FieldChange> changes)
    implements EventPayload {
  public static final String TYPE = "rapport.ticket.updated.v1";

  @Override
  public String eventType() {
    return TYPE;
  }

  @Override
  public String aggregateId() {
    return ticket.id().toString();
  }
}
