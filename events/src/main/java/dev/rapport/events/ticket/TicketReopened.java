package dev.rapport.events.ticket;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A resolved ticket was reopened and is being worked on again (RESOLVED to IN_PROGRESS). Follows
 * the {@link TicketStatusChanged} of the same move.
 *
 * @param ticket the ticket, status IN_PROGRESS
 * @param actor userName of who reopened it
 * @param reason why, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketReopened(TicketSummary ticket, String actor, String reason)
    implements TicketEventPayload {
  public static final String TYPE = "rapport.ticket.reopened.v1";

  @Override
  public String eventType() {
    return TYPE;
  }
}
