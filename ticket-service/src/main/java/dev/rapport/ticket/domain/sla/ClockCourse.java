package dev.rapport.ticket.domain.sla;

import dev.rapport.ticket.domain.TicketStatus;
import dev.rapport.ticket.domain.sla.SlaFacts.StatusSpan;
import dev.rapport.ticket.domain.sla.SlaReport.ClockReport;
import dev.rapport.ticket.domain.sla.SlaReport.Milestone;
import dev.rapport.ticket.domain.sla.SlaReport.PausedSpan;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The course of one clock (one cycle) from its start: the ticket's status spans cut to the cycle,
 * each either counting or not (a pausing status, or resolved/closed/cancelled), and from them the
 * business time counted and the instants the clock passes its thresholds. A clock still counting
 * now is assumed to go on counting (no further pause) for the instants still ahead.
 */
final class ClockCourse {
  /** A stretch of the cycle in one status; {@code to} null while it is the current one. */
  private record Stretch(Instant from, Instant to, boolean counts, String reason) {}

  private final BusinessCalendar calendar;
  private final Instant startedAt;
  private final Instant stoppedAt;
  private final List<Stretch> stretches = new ArrayList<>();

  /**
   * @param startedAt when the cycle starts
   * @param stoppedAt when the clock stopped for good (met, or resolved now), or null
   * @param pausing the statuses in which the clock does not count
   */
  ClockCourse(
      BusinessCalendar calendar,
      Instant startedAt,
      Instant stoppedAt,
      List<StatusSpan> statuses,
      Set<TicketStatus> pausing) {
    this.calendar = calendar;
    this.startedAt = startedAt;
    this.stoppedAt = stoppedAt;
    for (StatusSpan span : statuses) {
      Instant from = later(span.from(), startedAt);
      Instant to = stoppedAt == null ? span.to() : earlier(span.to(), stoppedAt);
      if (to == null || to.isAfter(from)) {
        boolean counts = span.status().isOpen() && !pausing.contains(span.status());
        stretches.add(new Stretch(from, to, counts, counts ? null : reason(span)));
      }
    }
  }

  /** The stretch's reason in words: the status, then the reason given for the move, if any. */
  private static String reason(StatusSpan span) {
    String words = SlaWords.status(span.status());
    return span.reason() == null || span.reason().isBlank() ? words : words + ": " + span.reason();
  }

  /** Whether the clock is in a stretch that does not count now (and has not stopped). */
  boolean pausedNow() {
    return stoppedAt == null && !stretches.isEmpty() && !stretches.get(stretches.size() - 1).counts;
  }

  /** Business time counted up to {@code now} (or the stop). */
  Duration elapsed(Instant now) {
    Duration total = Duration.ZERO;
    for (Stretch stretch : stretches) {
      if (stretch.counts) {
        total = total.plus(calendar.elapsed(stretch.from, earlier(end(stretch, now), now)));
      }
    }
    return total;
  }

  /**
   * When the clock counts {@code needed} of business time: in the past from the stretches, or ahead
   * if the clock counts now; null when it stopped or paused before.
   */
  Instant passes(Duration needed) {
    Duration counted = Duration.ZERO;
    for (Stretch stretch : stretches) {
      if (!stretch.counts) {
        continue;
      }
      Duration left = needed.minus(counted);
      if (stretch.to == null) {
        return calendar.dueAt(stretch.from, left);
      }
      Duration here = calendar.elapsed(stretch.from, stretch.to);
      if (here.compareTo(left) >= 0) {
        return calendar.dueAt(stretch.from, left);
      }
      counted = counted.plus(here);
    }
    return null;
  }

  /** The stretches that did not count, with their reasons. */
  List<PausedSpan> paused() {
    return stretches.stream()
        .filter(s -> !s.counts)
        .map(s -> new PausedSpan(s.from, s.to, s.reason))
        .toList();
  }

  /** The clock's report at {@code now} under {@code target} and the warning thresholds. */
  ClockReport report(
      SlaClock clock, int cycle, Duration target, List<Double> warnings, Instant now) {
    Duration elapsed = elapsed(now);
    boolean breached = elapsed.compareTo(target) >= 0;
    ClockState state;
    if (breached) {
      state = ClockState.BREACHED;
    } else if (stoppedAt != null) {
      state = ClockState.MET;
    } else if (pausedNow()) {
      state = ClockState.PAUSED;
    } else {
      state = ClockState.RUNNING;
    }
    List<Milestone> milestones = new ArrayList<>();
    for (double threshold : warnings) {
      milestones.add(new Milestone(threshold, passes(share(target, threshold))));
    }
    Instant breach = passes(target);
    milestones.add(new Milestone(1.0, breach));
    Instant due = state == ClockState.RUNNING || state == ClockState.BREACHED ? breach : null;
    Duration remaining = breached ? Duration.ZERO : target.minus(elapsed);
    return new ClockReport(
        clock,
        state,
        cycle,
        target,
        startedAt,
        stoppedAt,
        paused(),
        elapsed,
        remaining,
        due,
        milestones);
  }

  private static Duration share(Duration target, double threshold) {
    return Duration.ofSeconds(Math.round(target.toSeconds() * threshold));
  }

  private Instant end(Stretch stretch, Instant now) {
    return stretch.to == null ? now : stretch.to;
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /** The earlier of two instants, null standing for "not yet". */
  private static Instant earlier(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }
}
