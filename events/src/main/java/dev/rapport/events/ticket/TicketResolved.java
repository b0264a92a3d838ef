package dev.rapport.events.ticket;

import dev.rapport.events.EventPayload;

/** The work is done; {@code resolution} says how, in words the requester can read. */
public record TicketResolved(TicketSummary ticket, String actor, String resolution)
    implements EventPayload {
  public static final String TYPE = "rapport.ticket.resolved.v1";

  @Override
  public String eventType() {
    return TYPE;
  }

  @Override
  public String aggregateId() {
    return ticket.id().toString();
  }
}
