package dev.rapport.engagement.domain;

import dev.rapport.engagement.domain.metrics.Figure;
import dev.rapport.engagement.domain.metrics.Metric;
import dev.rapport.engagement.domain.metrics.MetricDefinition;
import dev.rapport.engagement.domain.metrics.Metrics;
import dev.rapport.engagement.domain.metrics.Sum;
import dev.rapport.engagement.domain.metrics.Totals;
import dev.rapport.engagement.domain.pulse.PulseSeries;
import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A series per metric for a scope and a range of days, cut into periods, read from the roll-ups
 * only (never from the facts): each period sums its days' roll-ups; stocks add everything before
 * the range. The pulse metrics come after them, from the rounds above the anonymity bar ({@link
 * PulseSeries}). Dates are UTC days; the range is inclusive, at most {@value #MAX_DAYS} days, by
 * default the last {@value #DEFAULT_DAYS} days to today, by weeks.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class MetricsReport {
  static final int MAX_DAYS = 400;
  static final int DEFAULT_DAYS = 28;

  /** One period's figure. */
  public record Point(LocalDate period, Figure figure) {}

  /** One metric's series. */
  public record Series(MetricDefinition metric, List<Point> points) {}

  /** The report. */
  public record Report(
      Scope scope, LocalDate from, LocalDate to, Granularity granularity, List<Series> metrics) {}

  private final RollupReader rollups;
  private final MetricsAccess access;
  private final PulseSeries pulses;
  private final Clock clock;

  MetricsReport(RollupReader rollups, MetricsAccess access, PulseSeries pulses, Clock clock) {
    this.rollups = rollups;
    this.access = access;
    this.pulses = pulses;
    this.clock = clock;
  }

  /**
   * The report {@code caller} asked for; nulls take the defaults.
   *
   * @throws ProblemException 400 naming {@code to} for a reversed or too long range, 403 for a
   *     scope the caller may not see
   */
  public Report report(
      Caller caller, Scope scope, LocalDate from, LocalDate to, Granularity granularity) {
    access.check(caller, scope);
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    LocalDate last = to != null ? to : from != null ? from.plusDays(DEFAULT_DAYS - 1) : today;
    LocalDate first = from != null ? from : last.minusDays(DEFAULT_DAYS - 1);
    if (last.isBefore(first)) {
      throw ProblemException.invalidParameter("to", "must not be before from (" + first + ")");
    }
    if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
      throw ProblemException.invalidParameter(
          "to", "must be at most " + MAX_DAYS + " days from from, both included");
    }
    Granularity cut = granularity == null ? Granularity.WEEK : granularity;
    return new Report(scope, first, last, cut, series(scope, first, last, cut));
  }

  /** Each metric's figure over the whole range, for the headline gauges. */
  public Map<String, Figure> figures(Scope scope, LocalDate first, LocalDate last) {
    Map<String, Figure> figures = new HashMap<>();
    for (Series series : series(scope, first, last, null)) {
      figures.put(series.metric().name(), series.points().get(0).figure());
    }
    return figures;
  }

  /** The series; {@code cut} null makes the whole range one period. */
  private List<Series> series(Scope scope, LocalDate first, LocalDate last, Granularity cut) {
    Map<LocalDate, Map<String, Sum>> days = rollups.daily(scope, first, last);
    Map<String, Adding> stocks = new HashMap<>();
    rollups.stocksBefore(scope, first).forEach((s, sum) -> adding(stocks, s).add(sum));
    List<LocalDate> starts = new ArrayList<>();
    List<PeriodTotals> periods = new ArrayList<>();
    Instant now = clock.instant();
    LocalDate start = cut == null ? first : cut.start(first);
    while (!start.isAfter(last)) {
      LocalDate next = cut == null ? last.plusDays(1) : cut.next(start);
      LocalDate end = next.minusDays(1).isAfter(last) ? last : next.minusDays(1);
      Map<String, Adding> in = new HashMap<>();
      for (LocalDate day = start.isBefore(first) ? first : start;
          !day.isAfter(end);
          day = day.plusDays(1)) {
        days.getOrDefault(day, Map.of()).forEach((s, sum) -> adding(in, s).add(sum));
      }
      Map<String, Sum> inPeriod = new HashMap<>();
      in.forEach(
          (s, sum) -> {
            inPeriod.put(s, sum.sum());
            if (RollupReader.isStock(s)) {
              adding(stocks, s).add(sum.sum());
            }
          });
      Map<String, Sum> stocksThrough = new HashMap<>();
      stocks.forEach((s, sum) -> stocksThrough.put(s, sum.sum()));
      Instant endInstant = end.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
      periods.add(
          new PeriodTotals(inPeriod, stocksThrough, endInstant.isAfter(now) ? now : endInstant));
      starts.add(start);
      start = next;
    }
    List<Series> series = new ArrayList<>();
    for (Metric metric : Metrics.ALL) {
      List<Point> points = new ArrayList<>();
      for (int i = 0; i < periods.size(); i++) {
        points.add(new Point(starts.get(i), metric.figure(periods.get(i))));
      }
      series.add(new Series(metric, List.copyOf(points)));
    }
    series.addAll(pulses.series(scope, starts, first, last));
    return series;
  }

  private static Adding adding(Map<String, Adding> sums, String series) {
    return sums.computeIfAbsent(series, s -> new Adding());
  }

  /**
   * A series' roll-ups as they are added up, in place: adding a period's days (or a stock's
   * periods) one Sum at a time would copy the histogram at each step.
   */
  private static final class Adding {
    private long n;
    private double total;
    private long[] buckets;

    void add(Sum sum) {
      n += sum.n();
      total += sum.total();
      if (sum.buckets().length > 0) {
        buckets = buckets == null ? sum.buckets().clone() : Histogram.add(buckets, sum.buckets());
      }
    }

    Sum sum() {
      return new Sum(n, total, buckets == null ? new long[0] : buckets.clone());
    }
  }

  private record PeriodTotals(Map<String, Sum> days, Map<String, Sum> stocks, Instant asOf)
      implements Totals {
    @Override
    public Sum in(String series) {
      return days.getOrDefault(series, Sum.ZERO);
    }

    @Override
    public Sum through(String series) {
      return stocks.getOrDefault(series, Sum.ZERO);
    }
  }
}
