package dev.rapport.engagement.domain.chain;

import dev.rapport.engagement.domain.Granularity;
import dev.rapport.engagement.domain.MetricsReport;
import dev.rapport.engagement.domain.Scope;
import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The service value chain of one team: per period its engagement, service and business figures
 * (read from the metrics report, never defined again: eNPS and pulse score too, from the pulse
 * rounds above the anonymity bar), and how the layers go together: Spearman rank correlations over
 * the periods where both figures exist, in words.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class ChainReport {
  /**
   * The links the report correlates: engagement to service, service to business, and across (eNPS
   * and the pulse score to the requesters' rating).
   */
  static final List<ChainFigure[]> LINKS =
      List.of(
          new ChainFigure[] {ChainFigure.ENPS, ChainFigure.SLA},
          new ChainFigure[] {ChainFigure.SLA, ChainFigure.CSAT},
          new ChainFigure[] {ChainFigure.ENPS, ChainFigure.CSAT},
          new ChainFigure[] {ChainFigure.PULSE, ChainFigure.CSAT});

  /** One period's figures; a value is null when there was nothing to measure. */
  public record Period(LocalDate start, Map<ChainFigure, Double> figures) {}

  /** One correlated link. */
  public record Link(
      ChainFigure x, ChainFigure y, SpearmanCorrelation correlation, ChainSummary.Words words) {}

  /** The report. */
  public record Chain(
      String team,
      LocalDate from,
      LocalDate to,
      Granularity granularity,
      List<Period> periods,
      List<Link> links) {}

  private final MetricsReport metrics;

  ChainReport(MetricsReport metrics) {
    this.metrics = metrics;
  }

  /**
   * The chain of {@code team}, with the metrics API's range rules and access.
   *
   * @throws ProblemException 400 for a missing team or a bad range, 403 for a team the caller may
   *     not see
   */
  public Chain report(
      Caller caller, String team, LocalDate from, LocalDate to, Granularity granularity) {
    if (team == null || team.isBlank()) {
      throw ProblemException.invalidParameter("team", "is required: the team id, e.g. network");
    }
    Scope scope = Scope.team(team);
    MetricsReport.Report report = metrics.report(caller, scope, from, to, granularity);
    Map<String, ChainFigure> byMetric = new HashMap<>();
    for (ChainFigure figure : ChainFigure.values()) {
      byMetric.put(figure.metric(), figure);
    }
    List<Map<ChainFigure, Double>> values = new ArrayList<>();
    List<LocalDate> starts = new ArrayList<>();
    for (MetricsReport.Series series : report.metrics()) {
      ChainFigure figure = byMetric.get(series.metric().name());
      for (int i = 0; i < series.points().size(); i++) {
        if (values.size() <= i) {
          values.add(new EnumMap<>(ChainFigure.class));
          starts.add(series.points().get(i).period());
        }
        if (figure != null) {
          values.get(i).put(figure, series.points().get(i).figure().value());
        }
      }
    }
    List<Period> periods = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      periods.add(new Period(starts.get(i), values.get(i)));
    }
    String plural = report.granularity().name().toLowerCase(Locale.ROOT) + "s";
    List<Link> links = new ArrayList<>();
    for (ChainFigure[] link : LINKS) {
      links.add(link(scope.id(), plural, link[0], link[1], periods));
    }
    return new Chain(scope.id(), report.from(), report.to(), report.granularity(), periods, links);
  }

  private static Link link(
      String team, String plural, ChainFigure x, ChainFigure y, List<Period> periods) {
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (Period period : periods) {
      Double a = period.figures().get(x);
      Double b = period.figures().get(y);
      if (a != null && b != null) {
        xs.add(a);
        ys.add(b);
      }
    }
    SpearmanCorrelation correlation =
        xs.size() < ChainSummary.MIN_PERIODS
            ? new SpearmanCorrelation(null, xs.size())
            : SpearmanCorrelation.of(xs, ys);
    return new Link(
        x, y, correlation, ChainSummary.describe(team, plural, x, y, xs, ys, correlation));
  }
}
