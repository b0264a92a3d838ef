package dev.rapport.ticket.domain.sla;

import dev.rapport.ticket.domain.sla.SlaReport.ClockReport;
import dev.rapport.ticket.domain.sla.SlaReport.Milestone;
import dev.rapport.ticket.domain.sla.SlaReport.PausedSpan;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A ticket's SLA as readable lines in its calendar's zone, in time order: "10:02 opened",
 * "10:02–11:40 paused: waiting on customer", "12:15 first response (met, 2 h 13 min of PT4H)",
 * "14:00 update due", "14:30 update breached". Times are shown as hours and minutes on the day of
 * the opening, with the date before them on any other day.
 */
public final class SlaTimeline {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  private static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private record Line(Instant at, String text) {}

  private final ZoneId zone;
  private final LocalDate openingDay;
  private final List<Line> lines = new ArrayList<>();

  private SlaTimeline(ZoneId zone, Instant openedAt) {
    this.zone = zone;
    this.openingDay = openedAt.atZone(zone).toLocalDate();
  }

  /** The timeline of {@code report}, evaluated from {@code facts}. */
  public static List<String> of(SlaReport report, SlaFacts facts) {
    SlaTimeline timeline = new SlaTimeline(report.terms().calendar().zone(), facts.openedAt());
    timeline.add(facts.openedAt(), "opened");
    Set<PausedSpan> pauses = new LinkedHashSet<>();
    for (int i = 0; i < facts.updateResets().size(); i++) {
      timeline.add(facts.updateResets().get(i), "update given (update cycle " + (i + 2) + ")");
    }
    for (ClockReport clock : report.clocks()) {
      pauses.addAll(clock.paused());
      timeline.clock(clock, report.evaluatedAt());
    }
    for (PausedSpan pause : pauses) {
      timeline.pause(pause);
    }
    return timeline.lines.stream()
        .sorted(Comparator.comparing(Line::at))
        .map(line -> line.text)
        .toList();
  }

  private void clock(ClockReport clock, Instant now) {
    String name = clock.clock().name().toLowerCase(Locale.ROOT);
    if (clock.stoppedAt() != null) {
      String met = clock.state() == ClockState.BREACHED ? "breached" : "met";
      String what = clock.clock() == SlaClock.RESPONSE ? "first response" : name + " stopped";
      add(
          clock.stoppedAt(),
          what
              + " ("
              + met
              + ", "
              + SlaWords.duration(clock.elapsed())
              + " of "
              + clock.target()
              + ")");
    }
    for (Milestone milestone : clock.milestones()) {
      if (milestone.at() == null) {
        continue;
      }
      boolean passed = !milestone.at().isAfter(now);
      if (milestone.threshold() < 1) {
        String share = Math.round(milestone.threshold() * 100) + " %";
        add(milestone.at(), name + (passed ? " warning (" : " warning due (") + share + ")");
      } else {
        add(milestone.at(), name + (passed ? " breached" : " due"));
      }
    }
  }

  private void pause(PausedSpan pause) {
    String to = pause.to() == null ? "" : time(pause.to());
    String ongoing = pause.to() == null ? " (ongoing)" : "";
    lines.add(
        new Line(
            pause.from(), time(pause.from()) + "–" + to + " paused: " + pause.reason() + ongoing));
  }

  private void add(Instant at, String text) {
    lines.add(new Line(at, time(at) + " " + text));
  }

  private String time(Instant at) {
    var local = at.atZone(zone);
    return local.toLocalDate().equals(openingDay) ? TIME.format(local) : DAY_TIME.format(local);
  }
}
