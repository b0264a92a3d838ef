package dev.rapport.events.ticket;

import dev.rapport.events.EventPayload;

/** Every ticket event: it carries the ticket as it stands after the change. */
public interface TicketEventPayload extends EventPayload {

  /** The ticket after the change (never internal notes). */
  TicketSummary ticket();

  @Override
  default String aggregateId() {
    return ticket().id().toString();
  }
}
