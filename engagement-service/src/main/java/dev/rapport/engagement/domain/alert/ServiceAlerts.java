package dev.rapport.engagement.domain.alert;

import dev.rapport.engagement.config.AlertConfig;
import dev.rapport.engagement.domain.Scope;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Service-level alerts: every business service with facts in the last 14 whole days, its CSAT
 * average over 14 days and its update-cadence adherence over 7 against the default thresholds of
 * {@code rapport.engagement.alerts.*} (there are no per-service thresholds), raised once per
 * service, metric and window ({@link RaisedAlerts}), with a summary in plain words for the
 * service's business owners.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class ServiceAlerts {
  private final WindowFigures figures;
  private final ServiceNames names;
  private final RaisedAlerts raised;
  private final AlertConfig config;

  ServiceAlerts(
      WindowFigures figures, ServiceNames names, RaisedAlerts raised, AlertConfig config) {
    this.figures = figures;
    this.names = names;
    this.raised = raised;
    this.config = config;
  }

  /** Checks every business service over the windows ending on {@code last}; answers how many. */
  int evaluate(LocalDate last) {
    int count = 0;
    for (UUID service : services(WindowFigures.first(AlertMetric.CSAT, last), last)) {
      String name = names.of(service);
      count += check(service, name, AlertMetric.CSAT, config.csatMin(), last);
      count += check(service, name, AlertMetric.CADENCE_ADHERENCE, config.cadenceMin(), last);
    }
    return count;
  }

  private int check(UUID service, String name, AlertMetric metric, double min, LocalDate last) {
    Double observed = figures.below(Scope.service(service), metric, min, last);
    if (observed == null) {
      return 0;
    }
    return raised.raise(
        AlertSubject.service(service, name),
        metric.id(),
        last.toString(),
        min,
        observed,
        metric.window(),
        summary(service, name, metric, observed, min, last));
  }

  /**
   * "Customers of the Payroll service rated it 3.2 on average over the 14 days to 2026-11-30, below
   * 4.0."
   */
  static String summary(
      UUID service, String name, AlertMetric metric, double observed, double min, LocalDate last) {
    String customers =
        "Customers of "
            + (name == null ? "business service " + service : "the " + name + " service");
    String what =
        switch (metric) {
          case CSAT -> " rated it %.1f on average over the %d days to %s, below %.1f.";
          case CADENCE_ADHERENCE ->
              " were kept up to date as promised for %.1f %% of the time their requests were open"
                  + " over the %d days to %s, below %.1f %%.";
        };
    return customers + String.format(Locale.ROOT, what, observed, metric.days(), last, min);
  }

  @SuppressWarnings("unchecked")
  private static List<UUID> services(LocalDate first, LocalDate last) {
    List<String> ids =
        Panache.getEntityManager()
            .createNativeQuery(
                "select distinct business_service_id from rollups where day between :first and"
                    + " :last and business_service_id <> '' order by 1")
            .setParameter("first", first)
            .setParameter("last", last)
            .getResultList();
    return ids.stream().map(UUID::fromString).toList();
  }
}
