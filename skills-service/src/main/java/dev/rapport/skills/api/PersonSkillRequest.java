package dev.rapport.skills.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A level to record, with an optional note for the history.")
public record PersonSkillRequest(
    @NotNull @Min(1) @Max(5) @Schema(example = "3", description = "1 awareness .. 5 expert")
        Integer level,
    @Size(max = 1000) @Schema(example = "Ran the cluster upgrade alone") String note) {}
