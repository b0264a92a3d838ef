package dev.rapport.events.ticket;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/**
 * A task was added to the ticket's checklist.
 *
 * @param ticket the ticket after the addition (its progress counts the new task)
 * @param actor userName of who added it
 * @param taskId the task's id
 * @param title what the task is
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketTaskAdded(TicketSummary ticket, String actor, UUID taskId, String title)
    implements TicketEventPayload {
  public static final String TYPE = "rapport.ticket.task-added.v1";

  @Override
  public String eventType() {
    return TYPE;
  }
}
