package dev.rapport.events.ticket;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A ticket moved in its lifecycle, from one status to another. Emitted on every transition; moves
 * to RESOLVED, CLOSED, CANCELLED and reopening are followed by their dedicated event as well.
 *
 * @param ticket the ticket after the move ({@code ticket.status()} equals {@code to})
 * @param actor userName of who moved it
 * @param from the status before
 * @param to the status after
 * @param reason the reason given with the transition, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketStatusChanged(
    TicketSummary ticket, String actor, String from, String to, String reason)
    implements TicketEventPayload {
  public static final String TYPE = "rapport.ticket.status-changed.v1";

  @Override
  public String eventType() {
    return TYPE;
  }
}
