package dev.rapport.engagement.domain.metrics;

import dev.rapport.engagement.domain.FactKind;

/** The share of an SLA clock's outcomes that kept the promise. */
public final class SlaMet implements Metric {
  private final String clock;

  SlaMet(String clock) {
    this.clock = clock;
  }

  @Override
  public String name() {
    return "slaMet." + clock;
  }

  @Override
  public String unit() {
    return "percent";
  }

  @Override
  public String definition() {
    String outcome =
        "UPDATE".equals(clock)
            ? "update cycles ended in the period: met when IT's public update ended an unbreached"
                + " cycle, breached when the cycle passed its target"
            : "clocks that ended in the period: met when the ticket's summary first shows the clock"
                + " MET, breached at its sla-breached event";
    return "Share of " + clock + " " + outcome + ". Met / (met + breached), summed over the days.";
  }

  @Override
  public Figure figure(Totals totals) {
    Sum sum = totals.in(FactKind.SLA_CLOCK.series(clock));
    return Figure.percent(sum.total(), sum.n());
  }
}
