package dev.rapport.events.ticket;

import dev.rapport.events.EventPayload;

/** A ticket was given to an agent and/or team (the new ones are in {@code ticket}). */
public record TicketAssigned(
    TicketSummary ticket, String actor, String previousAssignee, String previousTeamId)
    implements EventPayload {
  public static final String TYPE = "rapport.ticket.assigned.v1";

  @Override
  public String eventType() {
    return TYPE;
  }

  @Override
  public String aggregateId() {
    return ticket.id().toString();
  }
}
