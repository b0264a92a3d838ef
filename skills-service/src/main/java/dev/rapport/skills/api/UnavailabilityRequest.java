package dev.rapport.skills.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A period in which the person takes no work: [from, until).")
public record UnavailabilityRequest(
    @NotNull @Schema(example = "2026-11-30T08:00:00Z") Instant from,
    @NotNull @Schema(example = "2026-12-03T17:00:00Z", description = "Must be after from")
        Instant until,
    @Size(max = 500) @Schema(example = "annual leave") String reason) {}
