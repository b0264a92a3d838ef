package dev.rapport.ticket.api;

import dev.rapport.ticket.domain.BusinessService;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description = "A business service and its stakeholders",
    requiredProperties = {
      "id",
      "name",
      "description",
      "owner",
      "stakeholders",
      "createdAt",
      "updatedAt",
      "version"
    })
public record BusinessServiceResponse(
    UUID id,
    @Schema(example = "Payroll") String name,
    @Schema(nullable = true, example = "Monthly salary runs and payslips") String description,
    @Schema(nullable = true, example = "hr-director@example.com") String owner,
    List<TicketResponse.StakeholderView> stakeholders,
    Instant createdAt,
    Instant updatedAt,
    @Schema(description = "The version the ETag carries") long version) {

  static BusinessServiceResponse of(BusinessService s) {
    return new BusinessServiceResponse(
        s.id,
        s.name,
        s.description,
        s.owner,
        s.stakeholders.stream()
            .map(p -> new TicketResponse.StakeholderView(p.userName, p.level.name()))
            .toList(),
        s.createdAt,
        s.updatedAt,
        s.version);
  }
}
