package dev.rapport.skills.domain;

import dev.rapport.support.problem.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The window over which tickets count as demand and resolved tickets as evidence: an ISO-8601
 * duration from 1 hour to 365 days, ending now. One rule for every endpoint that takes {@code
 * window}.
 */
public record DemandWindow(Duration length) {
  public static final Duration SHORTEST = Duration.ofHours(1);
  public static final Duration LONGEST = Duration.ofDays(365);

  public DemandWindow {
    if (length.compareTo(SHORTEST) < 0 || length.compareTo(LONGEST) > 0) {
      throw invalid(length.toString());
    }
  }

  /**
   * The window a query asks for, else {@code fallback}.
   *
   * @throws ProblemException 400 invalid-window when not an ISO-8601 duration of 1 hour to 365 days
   */
  public static DemandWindow parse(String raw, Duration fallback) {
    if (raw == null || raw.isBlank()) {
      return new DemandWindow(fallback);
    }
    Duration length;
    try {
      length = Duration.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw invalid(raw);
    }
    return new DemandWindow(length);
  }

  public Instant since(Clock clock) {
    return clock.instant().minus(length);
  }

  /** How the window reads in a sentence: "the last 30 days", "the last 36 hours". */
  public String describe() {
    if (length.toHoursPart() == 0 && length.toMinutesPart() == 0 && length.toSecondsPart() == 0) {
      long days = length.toDays();
      return days == 1 ? "the last day" : "the last " + days + " days";
    }
    if (length.toMinutesPart() == 0 && length.toSecondsPart() == 0) {
      return "the last " + length.toHours() + " hours";
    }
    return "the last " + length;
  }

  /** ISO-8601, in days when whole days: P30D rather than Java's PT720H. */
  @Override
  public String toString() {
    return length.equals(Duration.ofDays(length.toDays()))
        ? "P" + length.toDays() + "D"
        : length.toString();
  }

  private static ProblemException invalid(String raw) {
    return ProblemException.badRequest(
        "invalid-window",
        "window must be an ISO-8601 duration from PT1H to P365D, such as P30D or PT12H; got '"
            + raw
            + "'.");
  }
}
