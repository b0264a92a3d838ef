package dev.rapport.engagement.domain;

import dev.rapport.events.ticket.TicketEventPayload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * What a ticket event does to satisfaction surveys: a resolution asks the requester (unless asked
 * within the fatigue interval or opted out), a reopen withdraws a pending survey.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class SurveyTriggers {

  /** Applies one ticket event. */
  public void onTicketEvent(TicketEventPayload event) {
    // CSAT: issue 11, "Customer satisfaction".
  }
}
