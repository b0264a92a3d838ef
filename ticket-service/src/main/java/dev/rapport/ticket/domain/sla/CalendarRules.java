package dev.rapport.ticket.domain.sla;

import dev.rapport.support.problem.FieldError;
import dev.rapport.support.problem.ProblemException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a calendar valid: a known IANA zone, weekdays by name, spans "HH:mm"–"HH:mm" (end
 * 24:00 or 00:00 = midnight) that end after they start and do not overlap, at least one opening a
 * week, and each holiday an ISO date given once. A refusal is a 400 problem naming the field.
 */
public final class CalendarRules {
  /** The most spans a day may have. */
  public static final int MAX_SPANS_PER_DAY = 12;

  /** The most holidays a calendar may list (a few years' worth). */
  public static final int MAX_HOLIDAYS = 1000;

  private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d|24:00");

  /** A calendar that passed the rules. */
  public record Parsed(String name, ZoneId zone, Set<OpeningSpan> hours, Set<LocalDate> holidays) {}

  private CalendarRules() {}

  public static Parsed parse(CalendarDraft draft) {
    if (draft.name() == null || draft.name().isBlank()) {
      throw invalid("name", "is required");
    }
    ZoneId zone = zone(draft.zone());
    if (draft.hours() == null) {
      throw invalid("hours", "is required: opening spans by weekday, e.g. {\"MONDAY\": [...]}");
    }
    Map<DayOfWeek, List<OpeningSpan>> week = new EnumMap<>(DayOfWeek.class);
    draft.hours().forEach((day, spans) -> put(week, day, spans));
    if (week.values().stream().allMatch(List::isEmpty)) {
      throw invalid("hours", "must open at least one span a week");
    }
    Set<OpeningSpan> hours = new LinkedHashSet<>();
    week.forEach((day, spans) -> hours.addAll(inOrder(day, spans)));
    return new Parsed(draft.name().strip(), zone, hours, holidays(draft.holidays()));
  }

  private static ZoneId zone(String zone) {
    if (zone == null || zone.isBlank()) {
      throw invalid("zone", "is required: an IANA time zone id such as Europe/London");
    }
    if (!ZoneId.getAvailableZoneIds().contains(zone.strip())) {
      throw invalid(
          "zone",
          "'" + zone + "' is not an IANA time zone id; use one such as Europe/London or UTC");
    }
    return ZoneId.of(zone.strip());
  }

  private static void put(
      Map<DayOfWeek, List<OpeningSpan>> week, String name, List<CalendarDraft.SpanText> spans) {
    String field = "hours." + name;
    DayOfWeek day = weekday(field, name);
    if (week.containsKey(day)) {
      throw invalid(field, "names " + day + " a second time");
    }
    if (spans == null) {
      throw invalid(field, "must be a list of spans ([] when closed all day)");
    }
    if (spans.size() > MAX_SPANS_PER_DAY) {
      throw invalid(field, "may have at most " + MAX_SPANS_PER_DAY + " spans");
    }
    List<OpeningSpan> parsed = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      parsed.add(span(day, field + "[" + i + "]", spans.get(i)));
    }
    week.put(day, parsed);
  }

  private static DayOfWeek weekday(String field, String name) {
    try {
      return DayOfWeek.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw invalid(
          field,
          "'"
              + name
              + "' is not a weekday; use "
              + String.join(", ", Arrays.stream(DayOfWeek.values()).map(Enum::name).toList()));
    }
  }

  private static OpeningSpan span(DayOfWeek day, String field, CalendarDraft.SpanText span) {
    if (span == null) {
      throw invalid(field, "must be a span {\"start\": \"09:00\", \"end\": \"17:00\"}");
    }
    LocalTime start = time(field + ".start", span.start());
    LocalTime end = time(field + ".end", span.end());
    if (span.start().strip().equals("24:00")) {
      throw invalid(field + ".start", "24:00 can only end a span");
    }
    if (!end.equals(LocalTime.MIDNIGHT) && !end.isAfter(start)) {
      throw invalid(
          field + ".end",
          "must be after the start " + start + " (use 24:00 for a span that runs to midnight)");
    }
    return new OpeningSpan(day, start, end);
  }

  private static LocalTime time(String field, String text) {
    if (text == null || !TIME.matcher(text.strip()).matches()) {
      throw invalid(field, "must be a time HH:mm from 00:00 to 24:00; got " + quoted(text));
    }
    String time = text.strip();
    return time.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(time);
  }

  /** The day's spans by start; one that starts before the previous one ends is refused. */
  private static List<OpeningSpan> inOrder(DayOfWeek day, List<OpeningSpan> spans) {
    List<OpeningSpan> sorted =
        spans.stream().sorted(Comparator.comparing((OpeningSpan s) -> s.start)).toList();
    for (int i = 1; i < sorted.size(); i++) {
      OpeningSpan before = sorted.get(i - 1);
      OpeningSpan next = sorted.get(i);
      if (before.end.equals(LocalTime.MIDNIGHT) || before.end.isAfter(next.start)) {
        throw invalid(
            "hours." + day,
            "spans overlap: "
                + before.start
                + "–"
                + (before.end.equals(LocalTime.MIDNIGHT) ? "24:00" : before.end)
                + " and one from "
                + next.start);
      }
    }
    return sorted;
  }

  private static Set<LocalDate> holidays(List<String> holidays) {
    Set<LocalDate> days = new LinkedHashSet<>();
    if (holidays == null) {
      return days;
    }
    if (holidays.size() > MAX_HOLIDAYS) {
      throw invalid("holidays", "may list at most " + MAX_HOLIDAYS + " dates");
    }
    for (int i = 0; i < holidays.size(); i++) {
      String field = "holidays[" + i + "]";
      String text = holidays.get(i);
      LocalDate day;
      try {
        day = LocalDate.parse(text == null ? "" : text.strip());
      } catch (DateTimeParseException e) {
        throw invalid(field, "must be a date YYYY-MM-DD; got " + quoted(text));
      }
      if (!days.add(day)) {
        throw invalid(field, day + " is listed twice");
      }
    }
    return days;
  }

  private static String quoted(String text) {
    return text == null ? "nothing" : "'" + text + "'";
  }

  static ProblemException invalid(String field, String message) {
    return ProblemException.badRequest(
        "invalid-calendar", field + " " + message + ".", new FieldError(field, message));
  }
}
