package dev.rapport.events.ticket;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The work is done. Follows the {@link TicketStatusChanged} of the same move.
 *
 * @param ticket the ticket, status RESOLVED
 * @param actor userName of who resolved it
 * @param resolution how it was resolved, in words the requester can read
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketResolved(TicketSummary ticket, String actor, String resolution)
    implements TicketEventPayload {
  public static final String TYPE = "rapport.ticket.resolved.v1";

  @Override
  public String eventType() {
    return TYPE;
  }
}
