package dev.rapport.events.ticket;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A resolved ticket was closed; no further work. Follows the {@link TicketStatusChanged} of the
 * same move.
 *
 * @param ticket the ticket, status CLOSED
 * @param actor userName of who closed it
 * @param reason why, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketClosed(TicketSummary ticket, String actor, String reason)
    implements TicketEventPayload {
  public static final String TYPE = "rapport.ticket.closed.v1";

  @Override
  public String eventType() {
    return TYPE;
  }
}
