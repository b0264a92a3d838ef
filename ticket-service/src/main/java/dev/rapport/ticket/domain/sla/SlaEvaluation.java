package dev.rapport.ticket.domain.sla;

import dev.rapport.ticket.domain.sla.SlaFacts.StatusSpan;
import dev.rapport.ticket.domain.sla.SlaReport.ClockReport;
import java.time.Instant;
import java.util.List;

/**
 * Evaluates a ticket's three clocks from its facts and its terms at an instant: always from the
 * ticket's opening (or the current UPDATE cycle's start) with the paused spans excluded, so new
 * terms apply retroactively and a pause is never lost.
 *
 * <ul>
 *   <li>RESPONSE counts from opening until the first public response by staff (or the first
 *       assignment when the terms say it responds).
 *   <li>RESOLUTION counts from opening while the ticket is open; a reopen resumes it with the
 *       elapsed time kept.
 *   <li>UPDATE counts from the last reset (or opening) while the ticket is open; each reset starts
 *       a new cycle.
 * </ul>
 *
 * Each clock does not count in its pausing statuses nor while the ticket is resolved, closed or
 * cancelled; it stops when met, or while the ticket is resolved, closed or cancelled now (a
 * RESPONSE clock that was never answered stops with the resolution).
 */
public final class SlaEvaluation {
  private SlaEvaluation() {}

  /** The clocks at {@code now}: RESPONSE, RESOLUTION, UPDATE. */
  public static SlaReport evaluate(SlaTerms terms, SlaFacts facts, Instant now) {
    Instant finished = finishedAt(facts.statuses());
    Instant responded = facts.firstPublicResponse();
    if (terms.assignmentResponds()) {
      responded = earliest(responded, facts.firstAssignment());
    }
    List<Instant> resets = facts.updateResets();
    Instant cycleStart = resets.isEmpty() ? facts.openedAt() : resets.get(resets.size() - 1);
    return new SlaReport(
        terms,
        now,
        List.of(
            clock(
                terms,
                facts,
                SlaClock.RESPONSE,
                1,
                facts.openedAt(),
                responded != null ? responded : finished,
                now),
            clock(terms, facts, SlaClock.RESOLUTION, 1, facts.openedAt(), finished, now),
            clock(terms, facts, SlaClock.UPDATE, resets.size() + 1, cycleStart, finished, now)));
  }

  private static ClockReport clock(
      SlaTerms terms,
      SlaFacts facts,
      SlaClock clock,
      int cycle,
      Instant startedAt,
      Instant stoppedAt,
      Instant now) {
    return new ClockCourse(
            terms.calendar(), startedAt, stoppedAt, facts.statuses(), terms.pausedIn(clock))
        .report(clock, cycle, terms.target(clock), terms.warningThresholds(), now);
  }

  /** When the ticket was resolved, closed or cancelled, if it is now; else null. */
  private static Instant finishedAt(List<StatusSpan> statuses) {
    if (statuses.isEmpty()) {
      return null;
    }
    StatusSpan current = statuses.get(statuses.size() - 1);
    return current.status().isOpen() ? null : current.from();
  }

  private static Instant earliest(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }
}
