package dev.rapport.ticket.sla;

import dev.rapport.ticket.domain.sla.BusinessCalendar;
import dev.rapport.ticket.domain.sla.ClockState;
import dev.rapport.ticket.domain.sla.SlaClock;
import dev.rapport.ticket.domain.sla.SlaReport;
import dev.rapport.ticket.domain.sla.SlaTerms;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Hand-made reports on 24x7 terms, for tests of what is announced: every clock runs from its start
 * with no pause, and passes each threshold at its start plus that share of its target. The UPDATE
 * target (PT1H) is far shorter than the others (P1D, P2D), so only UPDATE falls due within hours.
 */
final class SlaReports {
  static final Duration UPDATE_TARGET = Duration.ofHours(1);

  private SlaReports() {}

  static SlaTerms terms(List<Double> warnings) {
    return new SlaTerms(
        new UUID(7, 7),
        "P2 test",
        "24x7",
        BusinessCalendar.ALWAYS_OPEN,
        Map.of(
            SlaClock.RESPONSE, Duration.ofDays(1),
            SlaClock.RESOLUTION, Duration.ofDays(2),
            SlaClock.UPDATE, UPDATE_TARGET),
        warnings,
        Map.of(),
        false);
  }

  /**
   * The clocks at {@code now}: opened at {@code opened}, UPDATE in {@code cycle} since {@code
   * cycleStart}.
   */
  static SlaReport at(SlaTerms terms, Instant opened, int cycle, Instant cycleStart, Instant now) {
    return new SlaReport(
        terms,
        now,
        List.of(
            clock(terms, SlaClock.RESPONSE, 1, opened, now),
            clock(terms, SlaClock.RESOLUTION, 1, opened, now),
            clock(terms, SlaClock.UPDATE, cycle, cycleStart, now)));
  }

  private static SlaReport.ClockReport clock(
      SlaTerms terms, SlaClock which, int cycle, Instant start, Instant now) {
    Duration target = terms.target(which);
    Duration elapsed = Duration.between(start, now);
    boolean breached = elapsed.compareTo(target) >= 0;
    List<SlaReport.Milestone> milestones = new ArrayList<>();
    for (double share : terms.warningThresholds()) {
      milestones.add(new SlaReport.Milestone(share, start.plusMillis(share(target, share))));
    }
    milestones.add(new SlaReport.Milestone(1, start.plus(target)));
    return new SlaReport.ClockReport(
        which,
        breached ? ClockState.BREACHED : ClockState.RUNNING,
        cycle,
        target,
        start,
        null,
        List.of(),
        elapsed,
        breached ? Duration.ZERO : target.minus(elapsed),
        start.plus(target),
        milestones);
  }

  private static long share(Duration target, double share) {
    return Math.round(target.toMillis() * share);
  }
}
