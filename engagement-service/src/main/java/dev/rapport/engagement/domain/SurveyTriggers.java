package dev.rapport.engagement.domain;

import dev.rapport.engagement.config.CsatConfig;
import dev.rapport.engagement.domain.survey.SkipReason;
import dev.rapport.engagement.domain.survey.Survey;
import dev.rapport.engagement.domain.survey.SurveyEvents;
import dev.rapport.engagement.domain.survey.SurveyOptOuts;
import dev.rapport.engagement.domain.survey.SurveyStatus;
import dev.rapport.events.ticket.TicketEventPayload;
import dev.rapport.events.ticket.TicketReopened;
import dev.rapport.events.ticket.TicketResolved;
import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.support.ids.TimeOrderedUuids;
import dev.rapport.support.security.UserNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What a ticket event does to satisfaction surveys: a resolution asks the requester (unless asked
 * within the fatigue interval or opted out), a reopen withdraws a pending survey.
 *
 * <p>One survey per resolution: a second resolution without a reopen in between (or the same one
 * seen twice) finds the survey of the first and adds none. A resolution that does not ask is kept
 * as SKIPPED with its reason, so that the response rate counts only what was asked. A withdrawn
 * survey does not count for fatigue: the resolution after the reopen asks again.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class SurveyTriggers {
  static final String REOPENED = "the ticket was reopened";

  private final Clock clock;
  private final CsatConfig csat;
  private final SurveyOptOuts optOuts;
  private final SurveyEvents events;

  SurveyTriggers(Clock clock, CsatConfig csat, SurveyOptOuts optOuts, SurveyEvents events) {
    this.clock = clock;
    this.csat = csat;
    this.optOuts = optOuts;
    this.events = events;
  }

  /** Applies one ticket event. */
  public void onTicketEvent(TicketEventPayload event) {
    if (event instanceof TicketResolved resolved) {
      resolved(resolved.ticket());
    } else if (event instanceof TicketReopened reopened) {
      reopened(reopened.ticket());
    }
  }

  private void resolved(TicketSummary ticket) {
    String requester = UserNames.normalise(ticket.requester());
    if (requester == null || requester.isEmpty()) {
      return;
    }
    // One requester's resolutions one at a time (tickets of several partitions may resolve at
    // once), so that two of them cannot both see "not asked lately".
    Survey.getEntityManager()
        .createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) locked")
        .setParameter(1, "survey:" + requester)
        .getSingleResult();
    if (Survey.count("ticketId = ?1 and reopenedAt is null", ticket.id()) > 0) {
      return; // this resolution has its survey (or its skip) already
    }
    Instant now = clock.instant();
    Survey survey = newSurvey(ticket, requester, now);
    SkipReason skip = skipReason(requester, now);
    if (skip != null) {
      survey.status = SurveyStatus.SKIPPED;
      survey.skipReason = skip;
      survey.persist();
      return;
    }
    survey.status = SurveyStatus.PENDING;
    survey.persist();
    events.requested(survey);
  }

  private SkipReason skipReason(String requester, Instant now) {
    if (optOuts.optedOut(requester)) {
      return SkipReason.OPTED_OUT;
    }
    long askedLately =
        Survey.count(
            "requester = ?1 and status in ?2 and requestedAt > ?3",
            requester,
            List.of(SurveyStatus.PENDING, SurveyStatus.ANSWERED, SurveyStatus.EXPIRED),
            now.minus(csat.minInterval()));
    return askedLately > 0 ? SkipReason.FATIGUE : null;
  }

  private Survey newSurvey(TicketSummary ticket, String requester, Instant now) {
    Survey survey = new Survey();
    survey.id = TimeOrderedUuids.next();
    survey.ticketId = ticket.id();
    survey.ticketKey = ticket.key();
    survey.ticketTitle = ticket.title();
    survey.ticketPriority = ticket.priority();
    survey.teamId = ticket.teamId();
    survey.assignee = ticket.assignee();
    survey.businessServiceId = ticket.businessServiceId();
    survey.businessServiceName = ticket.businessServiceName();
    survey.requester = requester;
    survey.requestedAt = now;
    survey.expiresAt = now.plus(csat.expiresAfter());
    return survey;
  }

  private void reopened(TicketSummary ticket) {
    Instant now = clock.instant();
    List<Survey> current = Survey.list("ticketId = ?1 and reopenedAt is null", ticket.id());
    for (Survey survey : current) {
      survey.reopenedAt = now;
      if (survey.status == SurveyStatus.PENDING) {
        survey.status = SurveyStatus.CANCELLED;
        survey.cancelledAt = now;
        events.cancelled(survey, REOPENED);
      }
    }
  }
}
