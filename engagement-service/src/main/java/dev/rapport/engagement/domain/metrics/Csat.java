package dev.rapport.engagement.domain.metrics;

import dev.rapport.engagement.domain.FactKind;

/** The survey answer series the CSAT metrics read. */
final class Csat {
  private Csat() {}

  static Sum satisfied(Totals totals) {
    return totals.in(FactKind.SURVEY_ANSWERED.series("SATISFIED"));
  }

  static Sum answers(Totals totals) {
    return satisfied(totals).plus(totals.in(FactKind.SURVEY_ANSWERED.series("OTHER")));
  }
}
