package dev.rapport.ticket.api;

import dev.rapport.ticket.domain.sla.BusinessCalendar;
import dev.rapport.ticket.domain.sla.SlaCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description = "A business calendar",
    requiredProperties = {
      "id",
      "name",
      "zone",
      "builtIn",
      "hours",
      "holidays",
      "createdAt",
      "updatedAt",
      "version"
    })
public record CalendarResponse(
    UUID id,
    @Schema(example = "business-hours") String name,
    @Schema(example = "Europe/London") String zone,
    @Schema(description = "The built-in 24x7, which can be neither replaced nor deleted")
        boolean builtIn,
    @Schema(description = "Every weekday, MONDAY to SUNDAY, with its spans ([] when closed)")
        Map<String, List<CalendarSpan>> hours,
    @Schema(description = "Closed all day, in date order") List<LocalDate> holidays,
    Instant createdAt,
    Instant updatedAt,
    @Schema(description = "The version the ETag carries") long version) {

  static CalendarResponse of(SlaCalendar calendar) {
    Map<DayOfWeek, List<BusinessCalendar.Span>> week = calendar.weeklyHours();
    Map<String, List<CalendarSpan>> hours = new LinkedHashMap<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      hours.put(
          day.name(),
          week.getOrDefault(day, List.of()).stream()
              .map(s -> new CalendarSpan(s.start().toString(), endText(s.end())))
              .toList());
    }
    return new CalendarResponse(
        calendar.id,
        calendar.name,
        calendar.zone,
        calendar.builtIn,
        hours,
        calendar.holidays.stream().sorted().toList(),
        calendar.createdAt,
        calendar.updatedAt,
        calendar.version);
  }

  private static String endText(LocalTime end) {
    return end.equals(LocalTime.MIDNIGHT) ? "24:00" : end.toString();
  }
}
