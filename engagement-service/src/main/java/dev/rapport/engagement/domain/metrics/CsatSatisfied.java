package dev.rapport.engagement.domain.metrics;

/** The share of satisfied requesters (4 or 5). */
public final class CsatSatisfied implements Metric {
  @Override
  public String name() {
    return "csat.satisfied";
  }

  @Override
  public String unit() {
    return "percent";
  }

  @Override
  public String definition() {
    return "Share of surveys answered in the period rated 4 or 5 (latest rating of each)."
        + " Counts add over the days.";
  }

  @Override
  public Figure figure(Totals totals) {
    return Figure.percent(Csat.satisfied(totals).n(), Csat.answers(totals).n());
  }
}
