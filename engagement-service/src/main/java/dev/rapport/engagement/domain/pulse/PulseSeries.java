package dev.rapport.engagement.domain.pulse;

import dev.rapport.engagement.domain.MetricsReport;
import dev.rapport.engagement.domain.Scope;
import dev.rapport.engagement.domain.metrics.Metrics;
import dev.rapport.engagement.domain.metrics.PulseMetric;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The series of the pulse metrics ({@link Metrics#PULSE}) for a metrics report: each round above
 * the anonymity bar that has closed goes to the period it closed in (UTC days from the report's
 * first to its last, as the roll-ups), then each metric makes a period's figure of its rounds. A
 * round still open counts nowhere yet, so that no figure moves answer by answer.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class PulseSeries {
  private final PulseRoundFigures figures;
  private final Clock clock;

  PulseSeries(PulseRoundFigures figures, Clock clock) {
    this.figures = figures;
    this.clock = clock;
  }

  /**
   * The pulse series of {@code scope} over the periods starting on {@code starts} (ascending),
   * counting the days {@code first} to {@code last}.
   */
  public List<MetricsReport.Series> series(
      Scope scope, List<LocalDate> starts, LocalDate first, LocalDate last) {
    List<List<RoundFigures>> periods = new ArrayList<>();
    starts.forEach(start -> periods.add(new ArrayList<>()));
    for (RoundFigures round : closed(scope, first, last)) {
      int at =
          Collections.binarySearch(starts, LocalDate.ofInstant(round.closesAt(), ZoneOffset.UTC));
      periods.get(at >= 0 ? at : -at - 2).add(round);
    }
    List<MetricsReport.Series> series = new ArrayList<>();
    for (PulseMetric metric : Metrics.PULSE) {
      List<MetricsReport.Point> points = new ArrayList<>();
      for (int i = 0; i < starts.size(); i++) {
        points.add(new MetricsReport.Point(starts.get(i), metric.figure(periods.get(i))));
      }
      series.add(new MetricsReport.Series(metric, List.copyOf(points)));
    }
    return series;
  }

  private List<RoundFigures> closed(Scope scope, LocalDate first, LocalDate last) {
    Instant from = first.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant end = last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant now = clock.instant();
    // The database keeps microseconds: the round that closed at now counts.
    Instant to =
        end.isAfter(now) ? now.truncatedTo(ChronoUnit.MICROS).plus(1, ChronoUnit.MICROS) : end;
    if (scope.kind() == Scope.Kind.SERVICE || !from.isBefore(to)) {
      return List.of();
    }
    return figures.closed(scope.kind() == Scope.Kind.TEAM ? scope.id() : null, from, to);
  }
}
