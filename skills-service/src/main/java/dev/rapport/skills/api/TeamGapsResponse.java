package dev.rapport.skills.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A team's gaps, most serious first. */
public record TeamGapsResponse(
    UUID teamId,
    String teamName,
    @Schema(example = "P30D", description = "The demand window, ISO-8601") String window,
    @Schema(description = "Tickets opened since then count as demand") Instant since,
    Instant computedAt,
    List<GapResponse> items) {}
