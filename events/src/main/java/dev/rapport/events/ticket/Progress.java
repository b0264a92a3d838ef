package dev.rapport.events.ticket;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Task checklist progress: {@code completed} of {@code total} tasks done (0 of 0 without tasks).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Progress(int completed, int total) {}
