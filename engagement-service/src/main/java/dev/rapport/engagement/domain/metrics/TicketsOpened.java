package dev.rapport.engagement.domain.metrics;

import dev.rapport.engagement.domain.FactKind;

/** Tickets raised in the period. */
public final class TicketsOpened implements Metric {
  @Override
  public String name() {
    return "ticketsOpened";
  }

  @Override
  public String unit() {
    return "tickets";
  }

  @Override
  public String definition() {
    return "Tickets raised in the period (by their createdAt). A longer period adds its days.";
  }

  @Override
  public Figure figure(Totals totals) {
    return Figure.count(totals.in(FactKind.TICKET_OPENED.series(null)).n());
  }
}
