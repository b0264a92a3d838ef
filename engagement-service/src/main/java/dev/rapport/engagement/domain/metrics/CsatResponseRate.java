package dev.rapport.engagement.domain.metrics;

import dev.rapport.engagement.domain.FactKind;

/** How many of the requesters asked answered. */
public final class CsatResponseRate implements Metric {
  @Override
  public String name() {
    return "csat.responseRate";
  }

  @Override
  public String unit() {
    return "percent";
  }

  @Override
  public String definition() {
    return "Surveys answered in the period per survey requested in the period (a survey withdrawn"
        + " on reopen is not counted as requested). Counts add over the days. n: requested.";
  }

  @Override
  public Figure figure(Totals totals) {
    long requested = totals.in(FactKind.SURVEY_REQUESTED.series(null)).n();
    return Figure.percent(Csat.answers(totals).n(), requested);
  }
}
