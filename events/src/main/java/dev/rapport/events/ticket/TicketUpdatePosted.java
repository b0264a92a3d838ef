package dev.rapport.events.ticket;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/**
 * An update was posted. visibility PUBLIC reaches the requester; INTERNAL is a work note for IT
 * only and must never be shown to requesters or business audiences. {@code automatic} marks
 * progress updates the service posted itself.
 *
 * @param ticket the ticket as it stands after the update
 * @param actor userName of who posted it (for automatic updates: who completed the task)
 * @param updateId the update's id
 * @param visibility PUBLIC or INTERNAL (automatic updates are always PUBLIC)
 * @param body the text
 * @param automatic true for progress updates the service posted on task completion
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketUpdatePosted(
    TicketSummary ticket,
    String actor,
    UUID updateId,
    String visibility,
    String body,
    boolean automatic)
    implements TicketEventPayload {
  public static final String TYPE = "rapport.ticket.update-posted.v1";

  @Override
  public String eventType() {
    return TYPE;
  }
}
