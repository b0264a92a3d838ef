package dev.rapport.events.ticket;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A ticket was cancelled before it was resolved. Follows the {@link TicketStatusChanged} of the
 * same move.
 *
 * @param ticket the ticket, status CANCELLED
 * @param actor userName of who cancelled it
 * @param reason why, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketCancelled(TicketSummary ticket, String actor, String reason)
    implements TicketEventPayload {
  public static final String TYPE = "rapport.ticket.cancelled.v1";

  @Override
  public String eventType() {
    return TYPE;
  }
}
