package dev.rapport.skills.api;

import java.time.Instant;
import java.util.List;

/** The organisation's gaps, one per required skill, most serious first. */
public record OrgGapsResponse(
    String window, Instant since, Instant computedAt, List<OrgGapResponse> items) {}
