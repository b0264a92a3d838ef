package dev.rapport.engagement.domain.metrics;

import java.util.ArrayList;
import java.util.List;

/** Every metric a report answers, in the order it lists them. */
public final class Metrics {
  /** The SLA clocks. */
  public static final List<String> CLOCKS = List.of("RESPONSE", "RESOLUTION", "UPDATE");

  /** The audience levels of notification-service's messages. */
  public static final List<String> AUDIENCES =
      List.of(
          "REQUESTER",
          "WATCHER",
          "ASSIGNEE",
          "TEAM",
          "END_USER",
          "BUSINESS_OWNER",
          "EXECUTIVE",
          "IT",
          "SUBSCRIPTION");

  /** The severities of an open skill gap, least first (their weight in the severity index). */
  public static final List<String> SEVERITIES = List.of("LOW", "MEDIUM", "HIGH", "CRITICAL");

  /** The metrics read from the roll-ups. */
  public static final List<Metric> ALL = all();

  /** The metrics read from the pulse rounds above the anonymity bar, after {@link #ALL}. */
  public static final List<PulseMetric> PULSE = List.of(new EnpsMetric(), new PulseScore());

  private Metrics() {}

  private static List<Metric> all() {
    List<Metric> metrics = new ArrayList<>();
    metrics.add(new TicketsOpened());
    metrics.add(new TicketsResolved());
    metrics.add(FirstResponseTime.MEDIAN);
    metrics.add(FirstResponseTime.P90);
    metrics.add(TimeToResolve.MEDIAN);
    metrics.add(TimeToResolve.P90);
    CLOCKS.forEach(clock -> metrics.add(new SlaMet(clock)));
    metrics.add(new CadenceAdherence());
    metrics.add(new ReopenRate());
    metrics.add(new FirstAssignmentResolution());
    metrics.add(new BacklogAge());
    AUDIENCES.forEach(audience -> metrics.add(new NotificationsDelivered(audience)));
    AUDIENCES.forEach(audience -> metrics.add(new NotificationReadRate(audience)));
    metrics.add(new CsatAverage());
    metrics.add(new CsatSatisfied());
    metrics.add(new CsatResponseRate());
    metrics.add(new TrainingPlansCompleted());
    SEVERITIES.forEach(severity -> metrics.add(new OpenSkillGaps(severity)));
    metrics.add(new SkillGapSeverity());
    return List.copyOf(metrics);
  }

  /** The metric named {@code name}. */
  public static Metric named(String name) {
    return ALL.stream()
        .filter(m -> m.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no metric " + name));
  }
}
