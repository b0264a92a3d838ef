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
 * the tickets' current surveys, who was asked lately and who opted out.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class SurveyTriggers {
  static final String REOPENED = "the ticket was reopened";

  private static final List<SurveyStatus> ASKED =
      List.of(SurveyStatus.PENDING, SurveyStatus.ANSWERED, SurveyStatus.EXPIRED);

  private final Clock clock;
  private final CsatConfig csat;
  private final SurveyOptOuts optOuts;
  private final SurveyEvents events;
  private final TransactionSynchronizationRegistry transaction;

  SurveyTriggers(
      Clock clock,
      CsatConfig csat,
      SurveyOptOuts optOuts,
      SurveyEvents events,
      TransactionSynchronizationRegistry transaction) {
    this.clock = clock;
    this.csat = csat;
    this.optOuts = optOuts;
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

    Batch(List<TicketEventPayload> events, Instant now) {
      this.events = events;
      this.now = now;
      Set<String> requesters = new TreeSet<>();
      Set<UUID> tickets = new HashSet<>();
      for (TicketEventPayload event : events) {
        tickets.add(event.ticket().id());
        String requester = requester(event.ticket());
        if (event instanceof TicketResolved && requester != null) {
          requesters.add(requester);
        }
      }
      lock(requesters);
      List<Survey> surveys = Survey.list("ticketId in ?1 and reopenedAt is null", tickets);
      surveys.forEach(s -> current.computeIfAbsent(s.ticketId, t -> new ArrayList<>()).add(s));
      if (requesters.isEmpty()) {
        optedOut = Set.of();
        return;
      }
      optedOut = optOuts.optedOut(requesters);
      Survey.getEntityManager()
          .createQuery(
              "select requester, count(*) from Survey where requester in ?1 and status in ?2"
                  + " and requestedAt > ?3 group by requester",
              Object[].class)
          .setParameter(1, requesters)
          .setParameter(2, ASKED)
          .setParameter(3, fatigueSince())
          .getResultList()
          .forEach(row -> askedLately.put((String) row[0], ((Number) row[1]).longValue()));
    }

    Instant fatigueSince() {
      return now.minus(csat.minInterval());
    }
  }

  /**
   * One requester's resolutions one at a time (tickets of several partitions, or replicas, may
   * resolve at once), so that two of them cannot both see "not asked lately". Taken in name order,
   * so that two batches cannot wait for each other.
   */
  private static void lock(Set<String> sortedRequesters) {
    if (sortedRequesters.isEmpty()) {
      return;
    }
    Survey.getEntityManager()
        .createNativeQuery(
            "select count(*) from (select pg_advisory_xact_lock(hashtext('survey:' || r))"
                + " from (select r from unnest(cast(?1 as text[])) as u(r) order by r) sorted)"
                + " locked")
        .setParameter(1, sortedRequesters.toArray(String[]::new))
        .getSingleResult();
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
      survey.persist();
      return;
    }
    survey.status = SurveyStatus.PENDING;
    survey.persist();
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
      if (survey.status == SurveyStatus.PENDING) {
        survey.status = SurveyStatus.CANCELLED;
        survey.cancelledAt = batch.now;
        events.cancelled(survey, REOPENED);
        if (survey.requestedAt.isAfter(batch.fatigueSince())) {
          batch.askedLately.merge(survey.requester, -1L, Long::sum); // withdrawn: not counted
        }
      }
    }
    // Written now: a survey of this batch inserted later for the same ticket (its resolution
    // after this reopen) must find this one reopened, or the one-per-resolution index refuses it.
    Survey.getEntityManager().flush();
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
