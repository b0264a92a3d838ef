package dev.rapport.notification.domain;

import dev.rapport.events.EventPayload;
import dev.rapport.events.ticket.TicketAssigned;
import dev.rapport.events.ticket.TicketCancelled;
import dev.rapport.events.ticket.TicketClosed;
import dev.rapport.events.ticket.TicketOpened;
import dev.rapport.events.ticket.TicketReopened;
import dev.rapport.events.ticket.TicketResolved;
import dev.rapport.events.ticket.TicketSlaBreached;
import dev.rapport.events.ticket.TicketSlaWarning;
import dev.rapport.events.ticket.TicketStatusChanged;
import dev.rapport.events.ticket.TicketTaskCompleted;
import dev.rapport.events.ticket.TicketUpdatePosted;

/**
 * What a message is about, as a person chooses channels for it in their preferences, and as the
 * composer chooses its wording.
 */
public enum MessageKind {
  /** A ticket was raised. */
  OPENED,
  /** A public update, an edit, a task or a stakeholder added. */
  UPDATE,
  /** A checklist task was completed. */
  PROGRESS,
  /** The ticket moved in its lifecycle (also reopened, closed, cancelled). */
  STATUS,
  /** The work is done. */
  RESOLUTION,
  /** Given to an agent or team. */
  ASSIGNMENT,
  /** An internal work note (IT audiences only). */
  WORK_NOTE,
  /** An SLA clock is close to its target (IT audiences by default). */
  SLA_WARNING,
  /** An SLA clock missed its target. */
  SLA_BREACH,
  /** The gathered messages of a digest. */
  DIGEST;

  /** The kind of message a ticket event makes. */
  public static MessageKind of(EventPayload payload) {
    if (payload instanceof TicketOpened) {
      return OPENED;
    }
    if (payload instanceof TicketUpdatePosted u) {
      if (u.automatic()) {
        return PROGRESS;
      }
      return "INTERNAL".equalsIgnoreCase(u.visibility()) ? WORK_NOTE : UPDATE;
    }
    if (payload instanceof TicketTaskCompleted) {
      return PROGRESS;
    }
    if (payload instanceof TicketStatusChanged
        || payload instanceof TicketReopened
        || payload instanceof TicketClosed
        || payload instanceof TicketCancelled) {
      return STATUS;
    }
    if (payload instanceof TicketResolved) {
      return RESOLUTION;
    }
    if (payload instanceof TicketAssigned) {
      return ASSIGNMENT;
    }
    if (payload instanceof TicketSlaWarning) {
      return SLA_WARNING;
    }
    if (payload instanceof TicketSlaBreached) {
      return SLA_BREACH;
    }
    return UPDATE;
  }
}
