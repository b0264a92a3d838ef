package dev.rapport.ticket.api;

import dev.rapport.ticket.domain.sla.CalendarDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description = "A business calendar: when business time counts for the SLA policies that use it",
    requiredProperties = {"name", "zone", "hours"})
public record CalendarRequest(
    @NotBlank @Size(max = 80) @Schema(example = "London office") String name,
    @Schema(description = "An IANA time zone id", example = "Europe/London") String zone,
    @Schema(
            description =
                "Opening spans by weekday (MONDAY ... SUNDAY), at most 12 a day, not overlapping;"
                    + " a weekday absent or [] is closed. At least one span a week.",
            example =
                "{\"MONDAY\": [{\"start\": \"09:00\", \"end\": \"12:30\"},"
                    + " {\"start\": \"13:30\", \"end\": \"17:00\"}],"
                    + " \"TUESDAY\": [{\"start\": \"09:00\", \"end\": \"17:00\"}]}")
        Map<String, List<CalendarSpan>> hours,
    @Schema(
            nullable = true,
            description = "Dates closed all day, each once, at most 1000; none when absent",
            example = "[\"2026-12-25\", \"2026-12-28\"]")
        List<String> holidays) {

  CalendarDraft toDraft() {
    Map<String, List<CalendarDraft.SpanText>> week = null;
    if (hours != null) {
      week = new LinkedHashMap<>();
      for (Map.Entry<String, List<CalendarSpan>> day : hours.entrySet()) {
        week.put(
            day.getKey(),
            day.getValue() == null
                ? null
                : day.getValue().stream()
                    .map(s -> s == null ? null : new CalendarDraft.SpanText(s.start(), s.end()))
                    .toList());
      }
    }
    return new CalendarDraft(name, zone, week, holidays);
  }
}
