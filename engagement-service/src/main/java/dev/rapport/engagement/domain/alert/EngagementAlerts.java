package dev.rapport.engagement.domain.alert;

import dev.rapport.engagement.domain.Scope;
import dev.rapport.engagement.domain.pulse.TeamEnps;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Checks every team with recent facts or a pulse survey against its {@link AlertThresholds}:
 * update-cadence adherence over the last 7 whole days and the CSAT average over the last 14 (both
 * from the metrics report, never defined again: {@link WindowFigures}), and the eNPS of the latest
 * closed round against the one before ({@link TeamEnps}); then every business service ({@link
 * ServiceAlerts}). An alert is raised at most once per team (or service), metric and window (its
 * key: the window's last day, or the round): {@link RaisedAlerts}.
 */
@ApplicationScoped
public class EngagementAlerts {
  private static final Duration ROUNDS_BACK = Duration.ofDays(400);

  private final WindowFigures figures;
  private final TeamEnps enps;
  private final AlertThresholds thresholds;
  private final RaisedAlerts raised;
  private final ServiceAlerts services;
  private final Clock clock;

  EngagementAlerts(
      WindowFigures figures,
      TeamEnps enps,
      AlertThresholds thresholds,
      RaisedAlerts raised,
      ServiceAlerts services,
      Clock clock) {
    this.figures = figures;
    this.enps = enps;
    this.thresholds = thresholds;
    this.raised = raised;
    this.services = services;
    this.clock = clock;
  }

  /** The scheduled check. */
  @Scheduled(
      identity = "engagement-alerts",
      every = "{rapport.engagement.alerts.every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  @Transactional(TxType.REQUIRED)
  void scheduled() {
    evaluate();
  }

  /** Checks every team and business service once; answers how many alerts it raised. */
  @Transactional(TxType.MANDATORY)
  public int evaluate() {
    Instant now = clock.instant();
    LocalDate last = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1);
    int count = 0;
    for (String team : teams(WindowFigures.first(AlertMetric.CSAT, last), last)) {
      AlertThresholds.Thresholds t = thresholds.of(team);
      count += below(team, AlertMetric.CADENCE_ADHERENCE, t.cadenceMin(), last);
      count += below(team, AlertMetric.CSAT, t.csatMin(), last);
      count += enpsDrop(team, t.enpsDrop(), now);
    }
    return count + services.evaluate(last);
  }

  private int below(String team, AlertMetric metric, double min, LocalDate last) {
    Double observed = figures.below(Scope.team(team), metric, min, last);
    if (observed == null) {
      return 0;
    }
    String summary =
        String.format(
            Locale.ROOT,
            "The %s team's %s over the %d days to %s was %.1f%s, below its threshold of %.1f%s.",
            team,
            metric.label(),
            metric.days(),
            last,
            observed,
            metric.unit(),
            min,
            metric.unit());
    return raised.raise(
        AlertSubject.team(team),
        metric.id(),
        last.toString(),
        min,
        observed,
        metric.window(),
        summary);
  }

  private int enpsDrop(String team, double drop, Instant now) {
    List<TeamEnps.RoundEnps> rounds =
        enps.of(team, now.minus(ROUNDS_BACK), now).stream()
            .filter(r -> !r.closesAt().isAfter(now) && r.enps().score() != null)
            .toList();
    if (rounds.size() < 2) {
      return 0;
    }
    TeamEnps.RoundEnps before = rounds.get(rounds.size() - 2);
    TeamEnps.RoundEnps latest = rounds.get(rounds.size() - 1);
    double fall = before.enps().score() - latest.enps().score();
    if (fall < drop) {
      return 0;
    }
    long days = Math.max(1, Duration.between(before.closesAt(), latest.closesAt()).toDays());
    String summary =
        String.format(
            Locale.ROOT,
            "The %s team's eNPS fell from %+.0f to %+.0f between two pulse rounds, %.0f points"
                + " (alert at %.0f).",
            team,
            before.enps().score(),
            latest.enps().score(),
            fall,
            drop);
    return raised.raise(
        AlertSubject.team(team),
        "enps",
        latest.pulse() + ":" + latest.round(),
        drop,
        latest.enps().score(),
        "P" + days + "D",
        summary);
  }

  @SuppressWarnings("unchecked")
  private static List<String> teams(LocalDate first, LocalDate last) {
    return Panache.getEntityManager()
        .createNativeQuery(
            "select team_id from rollups where day between :first and :last and team_id <> ''"
                + " union select team_id from pulse_surveys order by 1")
        .setParameter("first", first)
        .setParameter("last", last)
        .getResultList();
  }
}
