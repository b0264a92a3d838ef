package dev.rapport.ticket.domain.sla;

import dev.rapport.ticket.domain.TicketStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The SLA policy as it applies to one ticket: the targets of each clock (business time on {@code
 * calendar}), the warning thresholds and the statuses that pause each clock. {@link SlaPolicies}
 * finds them for a ticket's priority, type and business service.
 *
 * @param policyId the policy's id
 * @param policyName the policy's name, shown to people ("P1 incidents")
 * @param calendarName the calendar's name ({@code 24x7} for the built-in one)
 * @param calendar when business time counts
 * @param targets each clock's target, at least one minute
 * @param warningThresholds shares of a target at which a warning is announced, ascending, each in
 *     (0, 1); 1 (the breach) is implied
 * @param pausingStatuses per clock, the statuses in which it does not count
 * @param assignmentResponds whether an assignment stops the RESPONSE clock (as GLPI counts time to
 *     own), besides a public update from staff
 */
public record SlaTerms(
    UUID policyId,
    String policyName,
    String calendarName,
    BusinessCalendar calendar,
    Map<SlaClock, Duration> targets,
    List<Double> warningThresholds,
    Map<SlaClock, Set<TicketStatus>> pausingStatuses,
    boolean assignmentResponds) {

  public SlaTerms {
    targets = Map.copyOf(targets);
    warningThresholds = warningThresholds.stream().sorted().toList();
    pausingStatuses = Map.copyOf(pausingStatuses);
  }

  public Duration target(SlaClock clock) {
    return targets.get(clock);
  }

  public Set<TicketStatus> pausedIn(SlaClock clock) {
    return pausingStatuses.getOrDefault(clock, Set.of());
  }
}
