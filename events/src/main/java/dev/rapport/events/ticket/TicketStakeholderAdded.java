package dev.rapport.events.ticket;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A stakeholder (level EXECUTIVE, BUSINESS_OWNER, END_USER or IT) or, with level WATCHER, a watcher
 * was added.
 *
 * @param ticket the ticket after the addition
 * @param actor userName of who added them
 * @param userName the person added
 * @param level EXECUTIVE, BUSINESS_OWNER, END_USER, IT or WATCHER
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketStakeholderAdded(
    TicketSummary ticket, String actor, String userName, String level)
    implements TicketEventPayload {
  public static final String TYPE = "rapport.ticket.stakeholder-added.v1";

  @Override
  public String eventType() {
    return TYPE;
  }
}
