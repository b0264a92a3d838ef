package dev.rapport.events.ticket;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A ticket was raised.
 *
 * @param ticket the new ticket, status NEW
 * @param actor userName of who raised it (the requester, or an agent on their behalf)
 * @param description the requester's full description
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketOpened(TicketSummary ticket, String actor, String description)
    implements TicketEventPayload {
  public static final String TYPE = "rapport.ticket.opened.v1";

  @Override
  public String eventType() {
    return TYPE;
  }
}
