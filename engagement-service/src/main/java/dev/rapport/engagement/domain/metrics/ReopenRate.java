package dev.rapport.engagement.domain.metrics;

import dev.rapport.engagement.domain.FactKind;

/** How often resolutions do not hold. */
public final class ReopenRate implements Metric {
  @Override
  public String name() {
    return "reopenRate";
  }

  @Override
  public String unit() {
    return "percent";
  }

  @Override
  public String definition() {
    return "Reopens in the period per resolution in the period (both counts add over the days)."
        + " n: resolutions.";
  }

  @Override
  public Figure figure(Totals totals) {
    long reopened = totals.in(FactKind.TICKET_REOPENED.series(null)).n();
    return Figure.percent(reopened, totals.in(FactKind.TICKET_RESOLVED.series(null)).n());
  }
}
