package dev.rapport.engagement.domain.metrics;

import dev.rapport.engagement.domain.FactKind;

/** How often the first agent assigned resolves the ticket. */
public final class FirstAssignmentResolution implements Metric {
  @Override
  public String name() {
    return "firstAssignmentResolution";
  }

  @Override
  public String unit() {
    return "percent";
  }

  @Override
  public String definition() {
    return "Share of resolutions in the period made by the ticket's first assignee, the ticket"
        + " never having moved to another agent or team. Counts add over the days.";
  }

  @Override
  public Figure figure(Totals totals) {
    Sum sum = totals.in(FactKind.FIRST_ASSIGNMENT.series(null));
    return Figure.percent(sum.total(), sum.n());
  }
}
