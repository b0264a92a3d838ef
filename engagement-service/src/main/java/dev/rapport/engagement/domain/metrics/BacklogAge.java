package dev.rapport.engagement.domain.metrics;

import dev.rapport.engagement.domain.FactKind;

/** How old the open work is. */
public final class BacklogAge implements Metric {
  private static final double SECONDS_PER_DAY = 86_400;

  @Override
  public String name() {
    return "backlogAge";
  }

  @Override
  public String unit() {
    return "days";
  }

  @Override
  public String definition() {
    return "Average age of the tickets open (not resolved, closed or cancelled) at the end of the"
        + " period, or now while it runs; n: how many were open. A stock: every day up to the"
        + " period's end counts (tickets in at opening and reopen, out at resolution or"
        + " cancellation).";
  }

  @Override
  public Figure figure(Totals totals) {
    Sum open = totals.through(FactKind.BACKLOG_IN.series(null));
    if (open.n() <= 0) {
      return new Figure(null, 0);
    }
    double averageCreated = open.total() / open.n();
    double age = (totals.asOf().getEpochSecond() - averageCreated) / SECONDS_PER_DAY;
    return new Figure(Math.max(0, age), open.n());
  }
}
