package dev.rapport.ticket.api;

import dev.rapport.ticket.domain.sla.SlaExplanations.SlaExplanation;
import dev.rapport.ticket.domain.sla.SlaReport;
import dev.rapport.ticket.domain.sla.SlaReport.ClockReport;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "A ticket's SLA explained: the policy and calendar, each clock now, and a readable"
            + " timeline in the calendar's zone",
    requiredProperties = {
      "ticket",
      "policy",
      "calendar",
      "zone",
      "evaluatedAt",
      "clocks",
      "timeline"
    })
public record SlaResponse(
    @Schema(example = "T-1042") String ticket,
    @Schema(example = "P1 incidents") String policy,
    @Schema(example = "24x7") String calendar,
    @Schema(example = "Europe/London") String zone,
    Instant evaluatedAt,
    @Schema(description = "RESPONSE, RESOLUTION, UPDATE") List<ClockView> clocks,
    @Schema(
            description = "What happened and what falls due, oldest first",
            example = "[\"10:02 opened\", \"10:02–11:40 paused: waiting on customer\"]")
        List<String> timeline) {

  @Schema(
      description = "One clock (for UPDATE, its current cycle)",
      requiredProperties = {
        "clock",
        "state",
        "cycle",
        "target",
        "startedAt",
        "stoppedAt",
        "paused",
        "elapsed",
        "remaining",
        "dueAt",
        "milestones"
      })
  public record ClockView(
      @Schema(example = "UPDATE") String clock,
      @Schema(
              example = "RUNNING",
              enumeration = {"RUNNING", "PAUSED", "MET", "BREACHED"})
          String state,
      @Schema(description = "1, or the UPDATE cycle (resets + 1)") int cycle,
      @Schema(example = "PT1H", description = "Business time, ISO-8601") String target,
      Instant startedAt,
      @Schema(nullable = true, description = "When it was met or the ticket resolved")
          Instant stoppedAt,
      List<PauseView> paused,
      @Schema(example = "PT25M", description = "Business time counted, pauses excluded")
          String elapsed,
      @Schema(example = "PT35M") String remaining,
      @Schema(nullable = true, description = "Null while PAUSED or once MET") Instant dueAt,
      List<MilestoneView> milestones) {

    static ClockView of(ClockReport clock) {
      return new ClockView(
          clock.clock().name(),
          clock.state().name(),
          clock.cycle(),
          clock.target().toString(),
          clock.startedAt(),
          clock.stoppedAt(),
          clock.paused().stream().map(p -> new PauseView(p.from(), p.to(), p.reason())).toList(),
          clock.elapsed().toString(),
          clock.remaining().toString(),
          clock.dueAt(),
          clock.milestones().stream().map(m -> new MilestoneView(m.threshold(), m.at())).toList());
    }
  }

  @Schema(
      description = "A span in which the clock did not count",
      requiredProperties = {"from", "to", "reason"})
  public record PauseView(
      Instant from,
      @Schema(nullable = true, description = "Null while ongoing") Instant to,
      @Schema(example = "waiting on customer") String reason) {}

  @Schema(
      description = "A warning threshold (a share of the target) or the breach (1)",
      requiredProperties = {"threshold", "at"})
  public record MilestoneView(
      @Schema(example = "0.75") double threshold,
      @Schema(nullable = true, description = "Null when the clock cannot pass it now")
          Instant at) {}

  static SlaResponse of(SlaExplanation explanation) {
    SlaReport report = explanation.report();
    return new SlaResponse(
        explanation.ticket().key,
        report.terms().policyName(),
        report.terms().calendarName(),
        report.terms().calendar().zone().getId(),
        report.evaluatedAt(),
        report.clocks().stream().map(ClockView::of).toList(),
        explanation.timeline());
  }
}
