package dev.rapport.events.ticket;

import dev.rapport.events.EventPayload;

/** A resolved ticket was reopened and is being worked on again. */
public record TicketReopened(TicketSummary ticket, String actor, String reason)
    implements EventPayload {
  public static final String TYPE = "rapport.ticket.reopened.v1";

  @Override
  public String eventType() {
    return TYPE;
  }

  @Override
  public String aggregateId() {
    return ticket.id().toString();
  }
}
