package dev.rapport.engagement.domain.metrics;

import dev.rapport.engagement.domain.FactKind;

/** How many delivered messages their readers opened, for one audience level. */
public final class NotificationReadRate implements Metric {
  private final String audience;

  NotificationReadRate(String audience) {
    this.audience = audience;
  }

  @Override
  public String name() {
    return "notificationReadRate." + audience;
  }

  @Override
  public String unit() {
    return "percent";
  }

  @Override
  public String definition() {
    return "First reads (inbox or tracked link) of "
        + audience
        + " messages in the period per delivery in the period; both counts add over the days."
        + " n: deliveries.";
  }

  @Override
  public Figure figure(Totals totals) {
    long read = totals.in(FactKind.NOTIFICATION_READ.series(audience)).n();
    return Figure.percent(read, totals.in(FactKind.NOTIFICATION_DELIVERED.series(audience)).n());
  }
}
