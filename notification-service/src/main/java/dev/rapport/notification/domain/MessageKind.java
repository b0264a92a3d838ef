package dev.rapport.notification.domain;

import dev.rapport.events.EventPayload;
import dev.rapport.events.engagement.EngagementAlert;
import dev.rapport.events.engagement.PulseInvited;
import dev.rapport.events.engagement.SurveyAnswered;
import dev.rapport.events.engagement.SurveyRequested;
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
  DIGEST,
  /** A satisfaction survey about a resolved ticket, with its one-click rating links. */
  SURVEY(false),
  /** A requester rated a ticket 1 or 2 out of 5 (to the team's leads, to call them back). */
  CSAT_LOW(false),
  /** An invitation to answer a team's anonymous staff pulse survey. */
  PULSE_INVITATION(false),
  /** A team's (or a business service's) engagement figure crossed its alert threshold. */
  ENGAGEMENT_ALERT(false);

  private final boolean digestible;

  MessageKind() {
    this(true);
  }

  MessageKind(boolean digestible) {
    this.digestible = digestible;
  }

  /**
   * Whether a person's digest may gather it. Engagement messages never wait for one: a digest lists
   * subjects only, so a survey's links would be lost and a low rating would reach its lead late.
   */
  public boolean digestible() {
    return digestible;
  }

  /** The kind of message a ticket or engagement event makes. */
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
    if (payload instanceof SurveyRequested) {
      return SURVEY;
    }
    if (payload instanceof SurveyAnswered) {
      return CSAT_LOW;
    }
    if (payload instanceof PulseInvited) {
      return PULSE_INVITATION;
    }
    if (payload instanceof EngagementAlert) {
      return ENGAGEMENT_ALERT;
    }
    return UPDATE;
  }
}
