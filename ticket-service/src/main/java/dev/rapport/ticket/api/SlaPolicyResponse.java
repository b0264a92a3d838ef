package dev.rapport.ticket.api;

import dev.rapport.ticket.domain.Priority;
import dev.rapport.ticket.domain.TicketStatus;
import dev.rapport.ticket.domain.TicketType;
import dev.rapport.ticket.domain.sla.SlaPolicy;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description = "An SLA policy",
    requiredProperties = {
      "id",
      "name",
      "priority",
      "ticketType",
      "businessServiceId",
      "calendar",
      "targets",
      "warningThresholds",
      "pausingStatuses",
      "assignmentResponds",
      "createdAt",
      "updatedAt",
      "version"
    })
public record SlaPolicyResponse(
    UUID id,
    @Schema(example = "P1 critical") String name,
    Priority priority,
    @Schema(nullable = true, description = "null: any type") TicketType ticketType,
    @Schema(nullable = true, description = "null: any service") UUID businessServiceId,
    CalendarRef calendar,
    SlaPolicyRequest.Targets targets,
    @Schema(description = "Ascending") List<Double> warningThresholds,
    SlaPolicyRequest.Pausing pausingStatuses,
    boolean assignmentResponds,
    Instant createdAt,
    Instant updatedAt,
    @Schema(description = "The version the ETag carries") long version) {

  @Schema(
      description = "The calendar a policy uses",
      requiredProperties = {"id", "name"})
  public record CalendarRef(UUID id, @Schema(example = "24x7") String name) {}

  static SlaPolicyResponse of(SlaPolicy p) {
    return new SlaPolicyResponse(
        p.id,
        p.name,
        p.priority,
        p.ticketType,
        p.businessServiceId,
        new CalendarRef(p.calendar.id, p.calendar.name),
        new SlaPolicyRequest.Targets(p.responseTarget, p.resolutionTarget, p.updateTarget),
        List.copyOf(p.warningThresholds),
        new SlaPolicyRequest.Pausing(
            statuses(p.responsePausing), statuses(p.resolutionPausing), statuses(p.updatePausing)),
        p.assignmentResponds,
        p.createdAt,
        p.updatedAt,
        p.version);
  }

  private static List<TicketStatus> statuses(List<String> names) {
    return names.stream().map(TicketStatus::valueOf).toList();
  }
}
