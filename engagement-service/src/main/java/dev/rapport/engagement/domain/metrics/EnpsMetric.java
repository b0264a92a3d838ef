package dev.rapport.engagement.domain.metrics;

import dev.rapport.engagement.domain.pulse.Enps;
import dev.rapport.engagement.domain.pulse.RoundFigures;
import java.util.List;

/** The staff's employee Net Promoter Score, from the pulse rounds above the anonymity bar. */
public final class EnpsMetric implements PulseMetric {
  @Override
  public String name() {
    return "enps";
  }

  @Override
  public String unit() {
    return "points";
  }

  @Override
  public String definition() {
    return "eNPS: "
        + Enps.DEFINITION
        + ", from -100 to +100, one decimal; n is the answers."
        + PulseMetric.rounds("promoters, passives and detractors added up before the shares");
  }

  @Override
  public Figure figure(List<RoundFigures> rounds) {
    Enps enps = Enps.of(0, 0, 0);
    for (RoundFigures round : rounds) {
      enps = enps.plus(round.enps());
    }
    return new Figure(enps.score(), enps.responses());
  }
}
