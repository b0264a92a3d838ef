package dev.rapport.engagement.domain.metrics;

import dev.rapport.engagement.domain.FactKind;

/** Resolutions in the period. */
public final class TicketsResolved implements Metric {
  @Override
  public String name() {
    return "ticketsResolved";
  }

  @Override
  public String unit() {
    return "tickets";
  }

  @Override
  public String definition() {
    return "Resolutions in the period (a ticket resolved again after a reopen counts again). A"
        + " longer period adds its days.";
  }

  @Override
  public Figure figure(Totals totals) {
    return Figure.count(totals.in(FactKind.TICKET_RESOLVED.series(null)).n());
  }
}
