package dev.rapport.engagement.domain.metrics;

import dev.rapport.engagement.domain.FactKind;

/** Teams' open skill gaps of one severity. */
public final class OpenSkillGaps implements Metric {
  private final String severity;

  OpenSkillGaps(String severity) {
    this.severity = severity;
  }

  @Override
  public String name() {
    return "openSkillGaps." + severity;
  }

  @Override
  public String unit() {
    return "gaps";
  }

  @Override
  public String definition() {
    return "Skill gaps of severity "
        + severity
        + " open at the end of the period (as skills-service last announced each team's gap in each"
        + " skill). A stock: every change up to the period's end counts.";
  }

  @Override
  public Figure figure(Totals totals) {
    return Figure.count(Math.max(0, totals.through(FactKind.GAP_OPENED.series(severity)).n()));
  }
}
