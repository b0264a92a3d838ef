package dev.rapport.ticket.domain.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When IT is open: a time zone, opening hours per weekday (several spans a day allowed) and
 * holidays by date. SLA clocks count business time on a calendar: {@link #elapsed} between two
 * instants and {@link #dueAt} a target from a start. Every span is turned into instants in the
 * calendar's zone, so a day that loses or gains an hour to daylight saving counts what a clock on
 * the wall showed (a span 00:00–24:00 on the day clocks go forward is 23 hours).
 */
public final class BusinessCalendar {
  /** Always open, in UTC: the calendar of P1 policies. */
  public static final BusinessCalendar ALWAYS_OPEN =
      new BusinessCalendar(ZoneId.of("UTC"), allWeek(List.of(Span.WHOLE_DAY)), Set.of());

  /** Days a due date may lie ahead before the calendar is taken as never open (a year and more). */
  private static final int SEARCH_DAYS = 800;

  /** An opening span of a day, [start, end); an end of 00:00 means midnight at the day's end. */
  public record Span(LocalTime start, LocalTime end) {
    public static final Span WHOLE_DAY = new Span(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    public Span {
      if (!end.equals(LocalTime.MIDNIGHT) && !end.isAfter(start)) {
        throw new IllegalArgumentException("a span ends after it starts: " + start + "–" + end);
      }
    }

    Instant opens(LocalDate day, ZoneId zone) {
      return ZonedDateTime.of(day, start, zone).toInstant();
    }

    Instant closes(LocalDate day, ZoneId zone) {
      return end.equals(LocalTime.MIDNIGHT)
          ? day.plusDays(1).atStartOfDay(zone).toInstant()
          : ZonedDateTime.of(day, end, zone).toInstant();
    }
  }

  private final ZoneId zone;
  private final Map<DayOfWeek, List<Span>> hours;
  private final Set<LocalDate> holidays;

  public BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<Span>> hours, Set<LocalDate> holidays) {
    this.zone = zone;
    this.hours = new EnumMap<>(DayOfWeek.class);
    hours.forEach((day, spans) -> this.hours.put(day, inOrder(day, spans)));
    this.holidays = Set.copyOf(holidays);
    if (this.hours.values().stream().allMatch(List::isEmpty)) {
      throw new IllegalArgumentException("a calendar is open at least one span a week");
    }
  }

  /** {@code spans} by start; overlapping spans would count twice, so they are refused. */
  private static List<Span> inOrder(DayOfWeek day, List<Span> spans) {
    List<Span> sorted = spans.stream().sorted(Comparator.comparing(Span::start)).toList();
    for (int i = 1; i < sorted.size(); i++) {
      Span before = sorted.get(i - 1);
      if (before.end().equals(LocalTime.MIDNIGHT) || before.end().isAfter(sorted.get(i).start())) {
        throw new IllegalArgumentException("the spans of " + day + " overlap");
      }
    }
    return sorted;
  }

  /** The calendar's time zone: where its hours are counted and its times shown. */
  public ZoneId zone() {
    return zone;
  }

  /** The same spans on every day of the week. */
  public static Map<DayOfWeek, List<Span>> allWeek(List<Span> spans) {
    Map<DayOfWeek, List<Span>> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      week.put(day, spans);
    }
    return week;
  }

  /** Business time between {@code from} and {@code to} (zero when {@code to} is not later). */
  public Duration elapsed(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    Duration total = Duration.ZERO;
    LocalDate last = to.atZone(zone).toLocalDate();
    for (LocalDate day = from.atZone(zone).toLocalDate().minusDays(1);
        !day.isAfter(last);
        day = day.plusDays(1)) {
      for (Span span : openSpans(day)) {
        Instant start = max(from, span.opens(day, zone));
        Instant end = min(to, span.closes(day, zone));
        if (end.isAfter(start)) {
          total = total.plus(Duration.between(start, end));
        }
      }
    }
    return total;
  }

  /** The instant at which {@code target} of business time has passed since {@code start}. */
  public Instant dueAt(Instant start, Duration target) {
    Duration left = target;
    LocalDate day = start.atZone(zone).toLocalDate().minusDays(1);
    for (int searched = 0; searched < SEARCH_DAYS; searched++, day = day.plusDays(1)) {
      for (Span span : openSpans(day)) {
        Instant opens = max(start, span.opens(day, zone));
        Instant closes = span.closes(day, zone);
        if (!closes.isAfter(opens)) {
          continue;
        }
        Duration open = Duration.between(opens, closes);
        if (open.compareTo(left) >= 0) {
          return opens.plus(left);
        }
        left = left.minus(open);
      }
    }
    throw new IllegalStateException("the calendar is not open within " + SEARCH_DAYS + " days");
  }

  private List<Span> openSpans(LocalDate day) {
    return holidays.contains(day) ? List.of() : hours.getOrDefault(day.getDayOfWeek(), List.of());
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
