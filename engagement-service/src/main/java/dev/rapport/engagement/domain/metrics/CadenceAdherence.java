package dev.rapport.engagement.domain.metrics;

import dev.rapport.engagement.domain.FactKind;

/** How much of the time a ticket was open the requester was within the update promise. */
public final class CadenceAdherence implements Metric {
  @Override
  public String name() {
    return "cadenceAdherence";
  }

  @Override
  public String unit() {
    return "percent";
  }

  @Override
  public String definition() {
    return "Share of open, unpaused ticket time (NEW, ASSIGNED, IN_PROGRESS) during which the"
        + " requester was within the update promise: 1 − late / open, where late is the time from"
        + " an UPDATE breach's due instant to IT's next public update (or the pause or resolution)."
        + " Spans count in the period they end in; both sums add over the days. n: spans.";
  }

  @Override
  public Figure figure(Totals totals) {
    Sum open = totals.in(FactKind.RUNNING_SPAN.series(null));
    Sum late = totals.in(FactKind.LATE_SPAN.series(null));
    if (open.total() <= 0) {
      return new Figure(null, open.n());
    }
    return new Figure(100.0 * Math.max(0, 1 - late.total() / open.total()), open.n());
  }
}
