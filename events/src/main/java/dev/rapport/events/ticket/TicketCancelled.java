package dev.rapport.events.ticket;

import dev.rapport.events.EventPayload;

/** A ticket was cancelled before it was resolved. */
public record TicketCancelled(TicketSummary ticket, String actor, String reason)
    implements EventPayload {
  public static final String TYPE = "rapport.ticket.cancelled.v1";

  @Override
  public String eventType() {
    return TYPE;
  }

  @Override
  public String aggregateId() {
    return ticket.id().toString();
  }
}
