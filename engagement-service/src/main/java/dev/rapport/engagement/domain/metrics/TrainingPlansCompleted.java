package dev.rapport.engagement.domain.metrics;

import dev.rapport.engagement.domain.FactKind;

/** Training plans completed. */
public final class TrainingPlansCompleted implements Metric {
  @Override
  public String name() {
    return "trainingPlansCompleted";
  }

  @Override
  public String unit() {
    return "plans";
  }

  @Override
  public String definition() {
    return "Training plans completed in the period, under each team the trained person is a member"
        + " of (so the overview counts a person in two teams twice). Adds over the days.";
  }

  @Override
  public Figure figure(Totals totals) {
    return Figure.count(totals.in(FactKind.TRAINING_COMPLETED.series(null)).n());
  }
}
