package dev.rapport.ticket.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A business service and the people with a stake in it, by level.")
public record BusinessServiceRequest(
    @NotBlank @Size(max = 120) @Schema(example = "Payroll") String name,
    @Size(max = 2000) @Schema(nullable = true, example = "Monthly salary runs and payslips")
        String description,
    @Size(max = 255) @Schema(nullable = true, example = "hr-director@example.com") String owner,
    @Size(max = 100) @Schema(nullable = true, description = "None when absent or null")
        List<@Valid ParticipantRequest> stakeholders) {}
