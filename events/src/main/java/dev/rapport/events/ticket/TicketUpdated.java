package dev.rapport.events.ticket;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Fields of a ticket were edited; {@code changes} lists each field with its old and new value.
 *
 * @param ticket the ticket after the edit
 * @param actor userName of who edited it
 * @param changes the changed fields; never empty in a published event (null becomes an empty list)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketUpdated(TicketSummary ticket, String actor, List<FieldChange> changes)
    implements TicketEventPayload {
  public static final String TYPE = "rapport.ticket.updated.v1";

  public TicketUpdated {
    changes = changes == null ? List.of() : List.copyOf(changes);
  }

  @Override
  public String eventType() {
    return TYPE;
  }
}
