package dev.rapport.skills.api;

import dev.rapport.skills.domain.TrainingStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "Fields to change; absent fields stay as they are. The person in training may send"
            + " progressPercent only.")
public record TrainingPlanPatchRequest(
    @Min(0) @Max(100) @Schema(example = "40") Integer progressPercent,
    @Schema(description = "IN_PROGRESS or CANCELLED", example = "IN_PROGRESS")
        TrainingStatus status,
    @Schema(example = "2027-03-31", description = "not in the past") LocalDate dueDate,
    @Size(max = 500) @Schema(example = "CKA course, modules 1-6") String resource) {}
