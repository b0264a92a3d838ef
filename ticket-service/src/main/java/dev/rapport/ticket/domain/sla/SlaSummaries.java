package dev.rapport.ticket.domain.sla;

import dev.rapport.events.ticket.SlaSummary;

/** The promise an event carries ({@link SlaSummary}) from a ticket's evaluated clocks. */
public final class SlaSummaries {
  private SlaSummaries() {}

  /** The summary of {@code report}; null when there is none (no policy applies). */
  public static SlaSummary of(SlaReport report) {
    if (report == null) {
      return null;
    }
    SlaReport.ClockReport response = report.clock(SlaClock.RESPONSE);
    SlaReport.ClockReport resolution = report.clock(SlaClock.RESOLUTION);
    SlaReport.ClockReport update = report.clock(SlaClock.UPDATE);
    return new SlaSummary(
        report.terms().policyName(),
        response.dueAt(),
        resolution.dueAt(),
        update.dueAt(),
        response.state().name(),
        resolution.state().name(),
        update.state().name());
  }
}
