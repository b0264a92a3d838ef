package dev.rapport.skills.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a team needs of a skill: headcount people at minimumLevel or above.")
public record RequirementRequest(
    @NotNull @Min(1) @Max(5) @Schema(example = "3") Integer minimumLevel,
    @NotNull @Min(1) @Max(1000) @Schema(example = "2") Integer headcount) {}
