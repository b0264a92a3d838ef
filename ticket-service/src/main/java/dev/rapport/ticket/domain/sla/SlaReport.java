package dev.rapport.ticket.domain.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The clocks of one ticket evaluated at one instant ({@link SlaEvaluation}).
 *
 * @param terms the policy and calendar used
 * @param evaluatedAt the instant of the evaluation
 * @param clocks RESPONSE, RESOLUTION, UPDATE, in that order
 */
public record SlaReport(SlaTerms terms, Instant evaluatedAt, List<ClockReport> clocks) {

  public SlaReport {
    clocks = List.copyOf(clocks);
  }

  public ClockReport clock(SlaClock clock) {
    return clocks.stream().filter(c -> c.clock() == clock).findFirst().orElseThrow();
  }

  /**
   * One clock.
   *
   * @param clock which
   * @param state its state at the evaluation
   * @param cycle 1, or for UPDATE the current cycle (the number of resets + 1)
   * @param target the target under the terms
   * @param startedAt when it (its current cycle) started
   * @param stoppedAt when it stopped (met, or resolved for RESOLUTION and UPDATE), or null
   * @param paused every paused span of the current cycle with its reason, oldest first
   * @param elapsed business time counted, not paused, up to the evaluation or the stop
   * @param remaining target minus elapsed, zero once breached
   * @param dueAt when it breaches if nothing changes; null while PAUSED or once MET
   * @param milestones each warning threshold and the breach (threshold 1) of this cycle with the
   *     instant it is (or was) passed, null for those it cannot pass (paused or stopped before)
   */
  public record ClockReport(
      SlaClock clock,
      ClockState state,
      int cycle,
      Duration target,
      Instant startedAt,
      Instant stoppedAt,
      List<PausedSpan> paused,
      Duration elapsed,
      Duration remaining,
      Instant dueAt,
      List<Milestone> milestones) {

    public ClockReport {
      paused = List.copyOf(paused);
      milestones = List.copyOf(milestones);
    }
  }

  /** A span in which a clock did not count, and why ("waiting on customer"); to null = ongoing. */
  public record PausedSpan(Instant from, Instant to, String reason) {}

  /** A share of the target (1 = breach) and when the clock passes it. */
  public record Milestone(double threshold, Instant at) {}
}
