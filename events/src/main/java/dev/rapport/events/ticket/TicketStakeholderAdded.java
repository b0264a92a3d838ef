package dev.rapport.events.ticket;

import dev.rapport.events.EventPayload;

/**
 * A stakeholder (level EXECUTIVE, BUSINESS_OWNER, END_USER or IT) or, with level WATCHER, a watcher
 * was added.
 */
public record TicketStakeholderAdded(
    TicketSummary ticket, String actor, String userName, String level) implements EventPayload {
  public static final String TYPE = "rapport.ticket.stakeholder-added.v1";

  @Override
  public String eventType() {
    return TYPE;
  }

  @Override
  public String aggregateId() {
    return ticket.id().toString();
  }
}
