package dev.rapport.engagement.domain.metrics;

import dev.rapport.engagement.domain.FactKind;

/** Messages that reached their channel, for one audience level. */
public final class NotificationsDelivered implements Metric {
  private final String audience;

  NotificationsDelivered(String audience) {
    this.audience = audience;
  }

  @Override
  public String name() {
    return "notificationsDelivered." + audience;
  }

  @Override
  public String unit() {
    return "messages";
  }

  @Override
  public String definition() {
    return "Messages to the "
        + audience
        + " audience level delivered in the period (mail accepted, chat or webhook 2xx, inbox),"
        + " under the team, service and priority of their ticket. Adds over the days.";
  }

  @Override
  public Figure figure(Totals totals) {
    return Figure.count(totals.in(FactKind.NOTIFICATION_DELIVERED.series(audience)).n());
  }
}
