package dev.rapport.skills.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "A lead's verification: without a level it confirms the current one; with a different"
            + " level it corrects it.")
public record VerificationRequest(
    @Min(1) @Max(5) @Schema(example = "3") Integer level,
    @Size(max = 1000) @Schema(example = "Seen on the last three P1 incidents") String note) {}
