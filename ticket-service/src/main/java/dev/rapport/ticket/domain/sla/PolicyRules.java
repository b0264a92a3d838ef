package dev.rapport.ticket.domain.sla;

import dev.rapport.support.problem.FieldError;
import dev.rapport.support.problem.ProblemException;
import dev.rapport.ticket.domain.TicketStatus;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What makes a policy's terms valid: a name, a priority, each target an ISO-8601 duration from PT1M
 * to P365D, warning thresholds distinct in (0, 1) and at most {@link #MAX_THRESHOLDS}, and pausing
 * statuses among the open, not yet resolved ones. A refusal is a 400 problem naming the field.
 */
public final class PolicyRules {
  public static final Duration SHORTEST_TARGET = Duration.ofMinutes(1);
  public static final Duration LONGEST_TARGET = Duration.ofDays(365);
  public static final int MAX_THRESHOLDS = 5;

  /** The longest target text stored (sla_policies.*_target is varchar(40)). */
  public static final int MAX_TARGET_LENGTH = 30;

  public static final List<Double> DEFAULT_THRESHOLDS = List.of(0.75);

  /** The statuses a clock may be paused in: a resolved or finished ticket stops its clocks. */
  public static final Set<TicketStatus> PAUSABLE =
      EnumSet.of(
          TicketStatus.NEW,
          TicketStatus.ASSIGNED,
          TicketStatus.IN_PROGRESS,
          TicketStatus.WAITING_ON_CUSTOMER,
          TicketStatus.ON_HOLD);

  private static final List<TicketStatus> WAITING =
      List.of(TicketStatus.WAITING_ON_CUSTOMER, TicketStatus.ON_HOLD);

  /** The terms that passed the rules; targets as their canonical texts. */
  public record Parsed(
      String name,
      Map<SlaClock, String> targets,
      List<Double> warningThresholds,
      Map<SlaClock, List<String>> pausing,
      boolean assignmentResponds) {}

  private PolicyRules() {}

  public static Parsed parse(PolicyDraft draft) {
    if (draft.name() == null || draft.name().isBlank()) {
      throw invalid("name", "is required");
    }
    if (draft.priority() == null) {
      throw invalid("priority", "is required: P1, P2, P3 or P4");
    }
    if (draft.calendar() == null || draft.calendar().isBlank()) {
      throw invalid("calendar", "is required: a calendar's name (24x7, business-hours) or id");
    }
    Map<SlaClock, String> targets = new EnumMap<>(SlaClock.class);
    Map<SlaClock, List<String>> pausing = new EnumMap<>(SlaClock.class);
    for (SlaClock clock : SlaClock.values()) {
      targets.put(clock, target(draft.targets(), clock));
      pausing.put(clock, pausing(draft.pausingStatuses(), clock));
    }
    return new Parsed(
        draft.name().strip(),
        targets,
        thresholds(draft.warningThresholds()),
        pausing,
        Boolean.TRUE.equals(draft.assignmentResponds()));
  }

  private static String target(Map<SlaClock, String> targets, SlaClock clock) {
    String field = "targets." + key(clock);
    String text = targets == null ? null : targets.get(clock);
    if (text == null || text.isBlank()) {
      throw invalid(field, "is required: an ISO-8601 duration such as PT4H or P3D");
    }
    if (text.strip().length() > MAX_TARGET_LENGTH) {
      throw invalid(field, "must be at most " + MAX_TARGET_LENGTH + " characters, e.g. PT4H");
    }
    Duration target;
    try {
      target = Duration.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw invalid(
          field,
          "must be an ISO-8601 duration in days, hours and minutes such as PT30M, PT4H or P3D"
              + " (P1D is 24 business hours; no weeks, months or years); got '"
              + text
              + "'");
    }
    if (target.compareTo(SHORTEST_TARGET) < 0 || target.compareTo(LONGEST_TARGET) > 0) {
      throw invalid(field, "must be from PT1M to P365D; got " + text.strip());
    }
    return text.strip().toUpperCase(Locale.ROOT);
  }

  private static List<Double> thresholds(List<Double> thresholds) {
    if (thresholds == null) {
      return DEFAULT_THRESHOLDS;
    }
    if (thresholds.size() > MAX_THRESHOLDS) {
      throw invalid("warningThresholds", "may have at most " + MAX_THRESHOLDS + " thresholds");
    }
    Set<Double> distinct = new LinkedHashSet<>();
    for (int i = 0; i < thresholds.size(); i++) {
      Double threshold = thresholds.get(i);
      String field = "warningThresholds[" + i + "]";
      if (threshold == null || !(threshold > 0 && threshold < 1)) {
        throw invalid(field, "must be a share of the target between 0 and 1 (0.75 warns at 75 %)");
      }
      if (!distinct.add(threshold)) {
        throw invalid(field, threshold + " is given twice");
      }
    }
    return distinct.stream().sorted().toList();
  }

  private static List<String> pausing(Map<SlaClock, List<TicketStatus>> given, SlaClock clock) {
    String field = "pausingStatuses." + key(clock);
    if (given == null || !given.containsKey(clock)) {
      return clock == SlaClock.RESPONSE ? List.of() : names(WAITING);
    }
    List<TicketStatus> statuses = given.get(clock);
    if (statuses == null) {
      throw invalid(field, "must be a list of statuses ([] when nothing pauses it)");
    }
    Set<TicketStatus> distinct = new LinkedHashSet<>();
    for (int i = 0; i < statuses.size(); i++) {
      TicketStatus status = statuses.get(i);
      if (status == null || !PAUSABLE.contains(status)) {
        throw invalid(
            field + "[" + i + "]",
            "must be one of "
                + String.join(", ", names(new ArrayList<>(PAUSABLE)))
                + " (a resolved ticket's clocks stop anyway)");
      }
      distinct.add(status);
    }
    return names(new ArrayList<>(distinct));
  }

  private static List<String> names(List<TicketStatus> statuses) {
    return statuses.stream().map(Enum::name).toList();
  }

  /** The clock as its JSON member: response, resolution, update. */
  public static String key(SlaClock clock) {
    return clock.name().toLowerCase(Locale.ROOT);
  }

  private static ProblemException invalid(String field, String message) {
    return ProblemException.badRequest(
        "invalid-sla-policy", field + " " + message + ".", new FieldError(field, message));
  }
}
