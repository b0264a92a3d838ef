package dev.rapport.skills.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A note for the person's skill history.")
public record CompletionRequest(
    @Size(max = 1000) @Schema(example = "Passed the CKA exam") String note) {}
