package dev.rapport.engagement.domain.alert;

import dev.rapport.engagement.domain.MetricsReport;
import dev.rapport.engagement.domain.Scope;
import dev.rapport.engagement.domain.metrics.Figure;
import dev.rapport.engagement.domain.pulse.TeamEnps;
import dev.rapport.events.Topics;
import dev.rapport.events.engagement.EngagementAlert;
import dev.rapport.support.ids.TimeOrderedUuids;
import dev.rapport.support.outbox.Outbox;
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
import java.util.UUID;

/**
 * Checks every team with recent facts or a pulse survey against its {@link AlertThresholds}:
 * update-cadence adherence over the last 7 whole days and the CSAT average over the last 14 (both
 * from the metrics report, never defined again), and the eNPS of the latest closed round against
 * the one before ({@link TeamEnps}). An alert is raised at most once per team, metric and window
 * (its key: the window's last day, or the round), by a unique key in the database, so a second run
 * or a second replica inserts nothing and announces nothing; it is announced as {@link
 * EngagementAlert} through the outbox, in the insert's transaction.
 */
@ApplicationScoped
public class EngagementAlerts {
  private static final int CADENCE_DAYS = 7;
  private static final int CSAT_DAYS = 14;
  private static final Duration ROUNDS_BACK = Duration.ofDays(400);

  private final MetricsReport metrics;
  private final TeamEnps enps;
  private final AlertThresholds thresholds;
  private final Outbox outbox;
  private final Clock clock;

  EngagementAlerts(
      MetricsReport metrics,
      TeamEnps enps,
      AlertThresholds thresholds,
      Outbox outbox,
      Clock clock) {
    this.metrics = metrics;
    this.enps = enps;
    this.thresholds = thresholds;
    this.outbox = outbox;
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

  /** Checks every team once; answers how many alerts it raised. */
  @Transactional(TxType.MANDATORY)
  public int evaluate() {
    Instant now = clock.instant();
    LocalDate last = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1);
    int raised = 0;
    for (String team : teams(last.minusDays(CSAT_DAYS - 1L), last)) {
      AlertThresholds.Thresholds t = thresholds.of(team);
      raised +=
          below(
              team,
              "cadence-adherence",
              "update cadence adherence",
              "%",
              t.cadenceMin(),
              CADENCE_DAYS,
              last);
      raised += below(team, "csat", "CSAT average", "", t.csatMin(), CSAT_DAYS, last);
      raised += enpsDrop(team, t.enpsDrop(), now);
    }
    return raised;
  }

  private int below(
      String team, String metric, String label, String unit, double min, int days, LocalDate last) {
    String name = "csat".equals(metric) ? "csat.average" : "cadenceAdherence";
    Figure figure = metrics.figures(Scope.team(team), last.minusDays(days - 1L), last).get(name);
    if (figure == null || figure.value() == null || figure.value() >= min) {
      return 0;
    }
    String summary =
        String.format(
            Locale.ROOT,
            "The %s team's %s over the %d days to %s was %.1f%s, below its threshold of %.1f%s.",
            team,
            label,
            days,
            last,
            figure.value(),
            unit,
            min,
            unit);
    return raise(team, metric, last.toString(), min, figure.value(), "P" + days + "D", summary);
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
    return raise(
        team,
        "enps",
        latest.pulse() + ":" + latest.round(),
        drop,
        latest.enps().score(),
        "P" + days + "D",
        summary);
  }

  private int raise(
      String team,
      String metric,
      String key,
      double threshold,
      double observed,
      String window,
      String summary) {
    UUID id = TimeOrderedUuids.next();
    Instant now = clock.instant();
    int inserted =
        Panache.getEntityManager()
            .createNativeQuery(
                "insert into engagement_alerts"
                    + " (id, team_id, metric, window_key, threshold, observed, raised_at)"
                    + " values (:id, :team, :metric, :key, :threshold, :observed, :at)"
                    + " on conflict (team_id, metric, window_key) do nothing")
            .setParameter("id", id)
            .setParameter("team", team)
            .setParameter("metric", metric)
            .setParameter("key", key)
            .setParameter("threshold", threshold)
            .setParameter("observed", observed)
            .setParameter("at", now)
            .executeUpdate();
    if (inserted == 0) {
      return 0;
    }
    outbox.publish(
        Topics.ENGAGEMENT,
        new EngagementAlert(
            id, "TEAM", team, null, null, metric, threshold, observed, window, summary, now));
    return 1;
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
