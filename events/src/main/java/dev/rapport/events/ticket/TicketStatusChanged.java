package dev.rapport.events.ticket;

import dev.rapport.events.EventPayload;

/** A ticket moved in its lifecycle, from one status to another. */
public record TicketStatusChanged(
    TicketSummary ticket, String actor, String from, String to, String reason)
    implements EventPayload {
  public static final String TYPE = "rapport.ticket.status-changed.v1";

  @Override
  public String eventType() {
    return TYPE;
  }

  @Override
  public String aggregateId() {
    return ticket.id().toString();
  }
}
