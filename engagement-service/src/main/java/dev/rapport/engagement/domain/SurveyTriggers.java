package dev.rapport.engagement.domain;

import dev.rapport.engagement.config.CsatConfig;
import dev.rapport.engagement.domain.survey.SkipReason;
import dev.rapport.engagement.domain.survey.Survey;
import dev.rapport.engagement.domain.survey.SurveyEvents;
import dev.rapport.engagement.domain.survey.SurveyOptOuts;
import dev.rapport.engagement.domain.survey.SurveyRows;
import dev.rapport.engagement.domain.survey.SurveyStatus;
import dev.rapport.events.ticket.TicketEventPayload;
import dev.rapport.events.ticket.TicketReopened;
import dev.rapport.events.ticket.TicketResolved;
import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.support.ids.TimeOrderedUuids;
import dev.rapport.support.security.UserNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What a ticket event does to satisfaction surveys: a resolution asks the requester (unless asked
 * within the fatigue interval or opted out), a reopen withdraws a pending survey.
 *
 * <p>One survey per resolution: a second resolution without a reopen in between (or the same one
 * seen twice) finds the survey of the first and adds none. A resolution that does not ask is kept
 * as SKIPPED with its reason, so that the response rate counts only what was asked. A withdrawn
 * survey does not count for fatigue: the resolution after the reopen asks again.
 *
 * <p>The ticket events of a transaction (a consumer's batch) are gathered and applied in their
 * order by {@link #flush}, which reads what they need for the lot at once: the requesters' locks,
 * the tickets' current surveys, who was asked lately and who opted out ({@link SurveyRows}); and
 * writes the new and withdrawn surveys at its end.
 *
 * <p>One requester's resolutions are applied one at a time (tickets of several partitions, or
 * replicas, may resolve at once), so that two of them cannot both see "not asked lately": a batch
 * locks its requesters first, in name order, so that two batches cannot wait for each other.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class SurveyTriggers {
  static final String REOPENED = "the ticket was reopened";

  private final Clock clock;
  private final CsatConfig csat;
  private final SurveyOptOuts optOuts;
  private final SurveyRows rows;
  private final SurveyEvents events;
  private final TransactionSynchronizationRegistry transaction;

  SurveyTriggers(
      Clock clock,
      CsatConfig csat,
      SurveyOptOuts optOuts,
      SurveyRows rows,
      SurveyEvents events,
      TransactionSynchronizationRegistry transaction) {
    this.clock = clock;
    this.csat = csat;
    this.optOuts = optOuts;
    this.rows = rows;
    this.events = events;
    this.transaction = transaction;
  }

  /** Takes one ticket event, applied with the transaction's others by {@link #flush}. */
  public void onTicketEvent(TicketEventPayload event) {
    if (event instanceof TicketResolved || event instanceof TicketReopened) {
      pending().add(event);
    }
  }

  /** Applies the resolutions and reopens taken in this transaction so far, in their order. */
  public void flush() {
    List<TicketEventPayload> taken = pending();
    if (taken.isEmpty()) {
      return;
    }
    Batch batch = new Batch(List.copyOf(taken), clock.instant());
    taken.clear();
    for (TicketEventPayload event : batch.events) {
      if (event instanceof TicketResolved resolved) {
        resolved(batch, resolved.ticket());
      } else {
        reopened(batch, event.ticket());
      }
    }
    // Withdrawn ones first: a survey of this batch for the same ticket (its resolution after the
    // reopen) must find the earlier one reopened, or the one-per-resolution index refuses it.
    rows.reopened(batch.reopened);
    rows.created(batch.created);
    events.requested(batch.asked);
  }

  /** What a batch's events need, read at once, and kept current as they are applied. */
  private final class Batch {
    final List<TicketEventPayload> events;
    final Instant now;
    final Map<UUID, List<Survey>> current = new HashMap<>();
    final Set<String> optedOut;

    /** Per requester: surveys asked within the fatigue interval (as the batch goes on). */
    final Map<String, Long> askedLately = new HashMap<>();

    final List<Survey> asked = new ArrayList<>();

    /** Written by {@link #flush}: the new surveys, and the stored ones a reopen withdrew. */
    final List<Survey> created = new ArrayList<>();

    final List<Survey> reopened = new ArrayList<>();

    Batch(List<TicketEventPayload> events, Instant now) {
      this.events = events;
      this.now = now;
      SortedSet<String> requesters = new TreeSet<>();
      Set<UUID> tickets = new HashSet<>();
      for (TicketEventPayload event : events) {
        tickets.add(event.ticket().id());
        String requester = requester(event.ticket());
        if (event instanceof TicketResolved && requester != null) {
          requesters.add(requester);
        }
      }
      rows.lock(requesters);
      rows.current(tickets)
          .forEach(s -> current.computeIfAbsent(s.ticketId, t -> new ArrayList<>()).add(s));
      if (requesters.isEmpty()) {
        optedOut = Set.of();
        return;
      }
      optedOut = optOuts.optedOut(requesters);
      askedLately.putAll(rows.askedSince(requesters, fatigueSince()));
    }

    Instant fatigueSince() {
      return now.minus(csat.minInterval());
    }
  }

  private static String requester(TicketSummary ticket) {
    String requester = UserNames.normalise(ticket.requester());
    return requester == null || requester.isEmpty() ? null : requester;
  }

  private void resolved(Batch batch, TicketSummary ticket) {
    String requester = requester(ticket);
    if (requester == null || !batch.current.getOrDefault(ticket.id(), List.of()).isEmpty()) {
      return; // nobody to ask, or this resolution has its survey (or its skip) already
    }
    Survey survey = newSurvey(ticket, requester, batch.now);
    batch.current.computeIfAbsent(ticket.id(), t -> new ArrayList<>()).add(survey);
    SkipReason skip =
        batch.optedOut.contains(requester)
            ? SkipReason.OPTED_OUT
            : batch.askedLately.getOrDefault(requester, 0L) > 0 ? SkipReason.FATIGUE : null;
    if (skip != null) {
      survey.status = SurveyStatus.SKIPPED;
      survey.skipReason = skip;
      batch.created.add(survey);
      return;
    }
    survey.status = SurveyStatus.PENDING;
    batch.created.add(survey);
    batch.askedLately.merge(requester, 1L, Long::sum);
    batch.asked.add(survey);
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

  private void reopened(Batch batch, TicketSummary ticket) {
    List<Survey> current = batch.current.remove(ticket.id());
    if (current == null || current.isEmpty()) {
      return;
    }
    // The requests so far go out first: a survey asked and withdrawn in one batch is announced in
    // that order.
    events.requested(batch.asked);
    batch.asked.clear();
    for (Survey survey : current) {
      survey.reopenedAt = batch.now;
      if (!batch.created.contains(survey)) {
        batch.reopened.add(survey);
      }
      if (survey.status == SurveyStatus.PENDING) {
        survey.status = SurveyStatus.CANCELLED;
        survey.cancelledAt = batch.now;
        events.cancelled(survey, REOPENED);
        if (survey.requestedAt.isAfter(batch.fatigueSince())) {
          batch.askedLately.merge(survey.requester, -1L, Long::sum); // withdrawn: not counted
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private List<TicketEventPayload> pending() {
    List<TicketEventPayload> pending =
        (List<TicketEventPayload>) transaction.getResource(SurveyTriggers.class);
    if (pending == null) {
      pending = new ArrayList<>();
      transaction.putResource(SurveyTriggers.class, pending);
    }
    return pending;
  }
}
