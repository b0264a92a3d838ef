package dev.rapport.events.ticket;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/**
 * A checklist task was completed; {@code completed} of {@code total} are now done. An automatic
 * public {@link TicketUpdatePosted} follows.
 *
 * @param ticket the ticket after the completion
 * @param actor userName of who completed it
 * @param taskId the task's id
 * @param title what the task was
 * @param completed tasks done now, this one included
 * @param total tasks on the checklist
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketTaskCompleted(
    TicketSummary ticket, String actor, UUID taskId, String title, int completed, int total)
    implements TicketEventPayload {
  public static final String TYPE = "rapport.ticket.task-completed.v1";

  @Override
  public String eventType() {
    return TYPE;
  }
}
