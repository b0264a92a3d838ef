package dev.rapport.events.ticket;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A ticket was given to an agent and/or team (the new ones are in {@code ticket}).
 *
 * @param ticket the ticket after the assignment
 * @param actor userName of who assigned it
 * @param previousAssignee the agent it was assigned to before, or null
 * @param previousTeamId the team it was assigned to before, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketAssigned(
    TicketSummary ticket, String actor, String previousAssignee, String previousTeamId)
    implements TicketEventPayload {
  public static final String TYPE = "rapport.ticket.assigned.v1";

  @Override
  public String eventType() {
    return TYPE;
  }
}
