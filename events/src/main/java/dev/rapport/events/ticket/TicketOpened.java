package dev.rapport.events.ticket;

import dev.rapport.events.EventPayload;

/**
 * A ticket was raised. {@code actor} is who raised it (the requester, or an agent on their behalf).
 */
public record TicketOpened(TicketSummary ticket, String actor, String description)
    implements EventPayload {
  public static final String TYPE = "rapport.ticket.opened.v1";

  @Override
  public String eventType() {
    return TYPE;
  }

  @Override
  public String aggregateId() {
    return ticket.id().toString();
  }
}
