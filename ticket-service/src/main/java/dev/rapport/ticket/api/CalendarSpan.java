package dev.rapport.ticket.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description = "An opening span of a day, [start, end)",
    requiredProperties = {"start", "end"})
public record CalendarSpan(
    @Schema(description = "HH:mm", example = "09:00") String start,
    @Schema(description = "HH:mm; 24:00 (or 00:00) is midnight at the day's end", example = "17:00")
        String end) {}
