package dev.rapport.skills.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Training to assign: whom, in what, to which level, by when, with what.")
public record TrainingPlanRequest(
    @NotBlank @Size(max = 255) @Schema(example = "sam@example.com", description = "id or userName")
        String person,
    @NotBlank @Size(max = 100) @Schema(example = "Kubernetes", description = "id or name")
        String skill,
    @NotNull @Min(1) @Max(5) @Schema(example = "3", description = "above the current level")
        Integer targetLevel,
    @Schema(example = "2027-03-31", description = "optional, not in the past") LocalDate dueDate,
    @Size(max = 500) @Schema(example = "CKA course, modules 1-6") String resource) {}
