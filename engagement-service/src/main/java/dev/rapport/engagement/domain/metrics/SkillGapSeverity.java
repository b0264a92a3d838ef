package dev.rapport.engagement.domain.metrics;

import dev.rapport.engagement.domain.FactKind;

/** Teams' open skill gaps as one figure, each weighted by its severity. */
public final class SkillGapSeverity implements Metric {
  @Override
  public String name() {
    return "skillGapSeverity";
  }

  @Override
  public String unit() {
    return "points";
  }

  @Override
  public String definition() {
    return "Skill gaps open at the end of the period, each weighted by its severity (LOW 1, MEDIUM"
        + " 2, HIGH 3, CRITICAL 4) and added up: 2 HIGH and 1 CRITICAL gap make 10; 0 without"
        + " open gaps. A stock read from the openSkillGaps.* series; n is the open gaps.";
  }

  @Override
  public Figure figure(Totals totals) {
    long points = 0;
    long gaps = 0;
    for (int i = 0; i < Metrics.SEVERITIES.size(); i++) {
      long open =
          Math.max(0, totals.through(FactKind.GAP_OPENED.series(Metrics.SEVERITIES.get(i))).n());
      points += (i + 1) * open;
      gaps += open;
    }
    return new Figure((double) points, gaps);
  }
}
