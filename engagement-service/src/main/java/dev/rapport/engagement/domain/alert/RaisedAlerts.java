package dev.rapport.engagement.domain.alert;

import dev.rapport.events.Topics;
import dev.rapport.events.engagement.EngagementAlert;
import dev.rapport.support.ids.TimeOrderedUuids;
import dev.rapport.support.outbox.Outbox;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The alerts raised, each at most once per subject (a team, or a business service), metric and
 * window by the unique keys of {@code engagement_alerts}: an alert already raised inserts nothing
 * and announces nothing. A new one is announced as {@link EngagementAlert} through the outbox, in
 * the insert's transaction.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class RaisedAlerts {
  private final Outbox outbox;
  private final Clock clock;

  RaisedAlerts(Outbox outbox, Clock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  /**
   * Raises the alert unless it was raised already; answers 1 when raised now, else 0.
   *
   * @param windowKey what makes the window unique: its last day, or the pulse round
   * @param window the period looked at, ISO-8601 (P14D)
   */
  int raise(
      AlertSubject subject,
      String metric,
      String windowKey,
      double threshold,
      double observed,
      String window,
      String summary) {
    UUID id = TimeOrderedUuids.next();
    Instant now = clock.instant();
    UUID service = subject.businessServiceId();
    int inserted =
        Panache.getEntityManager()
            .createNativeQuery(
                "insert into engagement_alerts (id, scope, team_id, business_service_id, metric,"
                    + " window_key, threshold, observed, raised_at) values (:id, :scope,"
                    + " cast(:team as text), cast(:service as uuid), :metric, :key, :threshold,"
                    + " :observed, :at) on conflict do nothing")
            .setParameter("id", id)
            .setParameter("scope", subject.scope())
            .setParameter("team", subject.teamId())
            .setParameter("service", service == null ? null : service.toString())
            .setParameter("metric", metric)
            .setParameter("key", windowKey)
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
            id,
            subject.scope(),
            subject.teamId(),
            service,
            subject.businessServiceName(),
            metric,
            threshold,
            observed,
            window,
            summary,
            now));
    return 1;
  }
}
