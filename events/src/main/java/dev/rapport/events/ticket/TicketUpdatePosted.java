package dev.rapport.events.ticket;

import dev.rapport.events.EventPayload;
import java.util.UUID;

/**
 * An update was posted. visibility PUBLIC reaches the requester; INTERNAL is a work note for IT
 * only and must never be shown to requesters or business audiences. {@code automatic} marks
 * progress updates the service posted itself.
 */
public record TicketUpdatePosted(
    TicketSummary ticket,
    String actor,
    UUID updateId,
    String visibility,
    String body,
    boolean automatic)
    implements EventPayload {
  public static final String TYPE = "rapport.ticket.update-posted.v1";

  @Override
  public String eventType() {
    return TYPE;
  }

  @Override
  public String aggregateId() {
    return ticket.id().toString();
  }
}
