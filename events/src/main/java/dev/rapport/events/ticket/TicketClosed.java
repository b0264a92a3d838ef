package dev.rapport.events.ticket;

import dev.rapport.events.EventPayload;

/** A resolved ticket was closed; no further work. */
public record TicketClosed(TicketSummary ticket, String actor, String reason)
    implements EventPayload {
  public static final String TYPE = "rapport.ticket.closed.v1";

  @Override
  public String eventType() {
    return TYPE;
  }

  @Override
  public String aggregateId() {
    return ticket.id().toString();
  }
}
