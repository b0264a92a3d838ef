package dev.rapport.engagement.domain.metrics;

/** The requesters' average satisfaction rating. */
public final class CsatAverage implements Metric {
  @Override
  public String name() {
    return "csat.average";
  }

  @Override
  public String unit() {
    return "rating";
  }

  @Override
  public String definition() {
    return "Average rating (1 very dissatisfied to 5 very satisfied) of surveys answered in the"
        + " period, each survey once with its latest rating (a revision replaces it on the day of"
        + " the first answer). Sum of ratings / answers, both summed over the days.";
  }

  @Override
  public Figure figure(Totals totals) {
    Sum answers = Csat.answers(totals);
    return new Figure(answers.n() <= 0 ? null : answers.total() / answers.n(), answers.n());
  }
}
