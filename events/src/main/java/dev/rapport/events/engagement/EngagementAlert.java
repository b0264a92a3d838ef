package dev.rapport.events.engagement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.rapport.events.EventPayload;
import java.time.Instant;
import java.util.UUID;

/**
 * A team's (or a business service's) figure crossed its alert threshold, e.g. update-cadence
 * adherence below 90 % over 7 days. notification-service tells the team's leads, and for a
 * service-level alert the service's business owners.
 *
 * @param alert the alert's id
 * @param scope TEAM or SERVICE
 * @param teamId the team, or null for a service-level alert
 * @param businessServiceId the business service, or null for a team-level alert
 * @param businessServiceName its catalogue name, or null
 * @param metric the metric's name, e.g. {@code cadence-adherence}, {@code csat}, {@code enps}
 * @param threshold the threshold crossed, in the metric's unit
 * @param observed the figure observed over the window
 * @param window the period looked at (ISO-8601 duration, e.g. P7D)
 * @param summary what happened, in plain words for the people told
 * @param raisedAt when it was raised
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EngagementAlert(
    UUID alert,
    String scope,
    String teamId,
    UUID businessServiceId,
    String businessServiceName,
    String metric,
    double threshold,
    double observed,
    String window,
    String summary,
    Instant raisedAt)
    implements EventPayload {
  public static final String TYPE = "rapport.engagement.alert.v1";

  @Override
  public String eventType() {
    return TYPE;
  }

  @Override
  public String aggregateId() {
    return alert.toString();
  }
}
