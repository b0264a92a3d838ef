package dev.rapport.ticket.api;

import dev.rapport.ticket.domain.Priority;
import dev.rapport.ticket.domain.TicketStatus;
import dev.rapport.ticket.domain.TicketType;
import dev.rapport.ticket.domain.sla.PolicyDraft;
import dev.rapport.ticket.domain.sla.SlaClock;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "An SLA policy: the promise made to tickets of a priority, optionally only of a type or a"
            + " business service (the most specific policy wins)",
    requiredProperties = {"name", "priority", "calendar", "targets"})
public record SlaPolicyRequest(
    @NotBlank @Size(max = 120) @Schema(example = "P2 payroll incidents") String name,
    @NotNull @Schema(example = "P2") Priority priority,
    @Schema(nullable = true, description = "Any type when absent or null", example = "INCIDENT")
        TicketType ticketType,
    @Schema(nullable = true, description = "A service of the catalogue; any when absent or null")
        UUID businessServiceId,
    @Size(max = 80) @Schema(description = "A calendar's name or id", example = "business-hours")
        String calendar,
    @NotNull Targets targets,
    @Schema(
            nullable = true,
            description =
                "Shares of a target at which a warning goes out, each in (0, 1), distinct, at"
                    + " most 5; [0.75] when absent or null",
            example = "[0.5, 0.75]")
        List<Double> warningThresholds,
    @Schema(nullable = true, description = "Per clock; the default for a clock absent or null")
        Pausing pausingStatuses,
    @Schema(
            nullable = true,
            description =
                "Whether an assignment stops the RESPONSE clock, besides a public update by"
                    + " staff; false when absent or null")
        Boolean assignmentResponds) {

  @Schema(
      description =
          "ISO-8601 durations of business time on the calendar, PT1M to P365D (P1D = 24"
              + " business hours)",
      requiredProperties = {"response", "resolution", "update"})
  public record Targets(
      @Schema(example = "PT30M") String response,
      @Schema(example = "PT8H") String resolution,
      @Schema(example = "PT2H") String update) {}

  @Schema(
      description =
          "The statuses in which each clock does not count, among NEW, ASSIGNED, IN_PROGRESS,"
              + " WAITING_ON_CUSTOMER, ON_HOLD. Default: nothing pauses response;"
              + " WAITING_ON_CUSTOMER and ON_HOLD pause resolution and update")
  public record Pausing(
      @Schema(nullable = true, example = "[]") List<TicketStatus> response,
      @Schema(nullable = true, example = "[\"WAITING_ON_CUSTOMER\", \"ON_HOLD\"]")
          List<TicketStatus> resolution,
      @Schema(nullable = true, example = "[\"WAITING_ON_CUSTOMER\", \"ON_HOLD\"]")
          List<TicketStatus> update) {}

  PolicyDraft toDraft() {
    Map<SlaClock, String> targetTexts = new EnumMap<>(SlaClock.class);
    if (targets != null) {
      putIfGiven(targetTexts, SlaClock.RESPONSE, targets.response());
      putIfGiven(targetTexts, SlaClock.RESOLUTION, targets.resolution());
      putIfGiven(targetTexts, SlaClock.UPDATE, targets.update());
    }
    Map<SlaClock, List<TicketStatus>> pausing = new EnumMap<>(SlaClock.class);
    if (pausingStatuses != null) {
      putIfGiven(pausing, SlaClock.RESPONSE, pausingStatuses.response());
      putIfGiven(pausing, SlaClock.RESOLUTION, pausingStatuses.resolution());
      putIfGiven(pausing, SlaClock.UPDATE, pausingStatuses.update());
    }
    return new PolicyDraft(
        name,
        priority,
        ticketType,
        businessServiceId,
        calendar,
        targetTexts,
        warningThresholds,
        pausing,
        assignmentResponds);
  }

  private static <V> void putIfGiven(Map<SlaClock, V> map, SlaClock clock, V value) {
    if (value != null) {
      map.put(clock, value);
    }
  }
}
