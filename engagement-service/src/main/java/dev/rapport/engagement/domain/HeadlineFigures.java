package dev.rapport.engagement.domain;

import dev.rapport.engagement.config.MetricsConfig;
import dev.rapport.engagement.domain.metrics.Figure;
import dev.rapport.engagement.domain.metrics.Metrics;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The headline figures of the whole suite over the last {@code rapport.engagement.metrics
 * .gauge-window} as Prometheus gauges, recomputed from the roll-ups every {@code
 * rapport.engagement.metrics.gauge-refresh} (a scrape reads the last values; NaN until the first
 * round or while there is nothing to measure): {@code rapport.engagement.csat.average} (1-5),
 * {@code rapport.engagement.sla.met.ratio} per {@code clock} and {@code
 * rapport.engagement.cadence.adherence} (0-1), {@code rapport.engagement.backlog.open} (tickets),
 * {@code rapport.engagement.enps} (points, every team's pulse rounds above the anonymity bar that
 * closed in the window; none per team, as {@code /q/metrics} needs no JWT while a team's eNPS is
 * for staff only).
 */
@Startup
@ApplicationScoped
public class HeadlineFigures {
  private static final Logger LOG = Logger.getLogger(HeadlineFigures.class);

  private final MetricsReport report;
  private final MetricsConfig config;
  private final Clock clock;
  private final Map<String, Double> values = new ConcurrentHashMap<>();

  HeadlineFigures(MetricsReport report, MetricsConfig config, Clock clock, MeterRegistry registry) {
    this.report = report;
    this.config = config;
    this.clock = clock;
    gauge(registry, "rapport.engagement.csat.average", "csat.average", "Average CSAT rating, 1-5");
    for (String clockName : Metrics.CLOCKS) {
      Gauge.builder("rapport.engagement.sla.met.ratio", values, v -> value("slaMet." + clockName))
          .description("Share of the SLA clock's outcomes met, 0-1")
          .tag("clock", clockName)
          .register(registry);
    }
    gauge(
        registry,
        "rapport.engagement.cadence.adherence",
        "cadenceAdherence",
        "Share of open, unpaused time within the update promise, 0-1");
    Gauge.builder("rapport.engagement.backlog.open", values, v -> value("backlog.open"))
        .description("Tickets open now")
        .register(registry);
    gauge(
        registry,
        "rapport.engagement.enps",
        "enps",
        "eNPS of every team's pulse rounds above the anonymity bar, -100 to +100");
  }

  private void gauge(MeterRegistry registry, String name, String metric, String description) {
    Gauge.builder(name, values, v -> value(metric)).description(description).register(registry);
  }

  private double value(String key) {
    return values.getOrDefault(key, Double.NaN);
  }

  /** Recomputes every gauge from the roll-ups. */
  @Scheduled(
      identity = "headline-figures",
      every = "{rapport.engagement.metrics.gauge-refresh}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  public void refresh() {
    try {
      LocalDate last = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
      LocalDate first = last.minusDays(Math.max(1, config.gaugeWindow().toDays()) - 1);
      Map<String, Figure> figures =
          QuarkusTransaction.requiringNew().call(() -> report.figures(Scope.OVERVIEW, first, last));
      put("csat.average", figures.get("csat.average").value(), 1);
      for (String clockName : Metrics.CLOCKS) {
        put("slaMet." + clockName, figures.get("slaMet." + clockName).value(), 0.01);
      }
      put("cadenceAdherence", figures.get("cadenceAdherence").value(), 0.01);
      put("backlog.open", (double) figures.get("backlogAge").n(), 1);
      put("enps", figures.get("enps").value(), 1);
    } catch (RuntimeException e) {
      LOG.warnf(e, "Refreshing the headline gauges failed; the next round retries");
    }
  }

  private void put(String key, Double value, double scale) {
    values.put(key, value == null ? Double.NaN : value * scale);
  }
}
