package dev.rapport.ticket.domain.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.ticket.domain.sla.BusinessCalendar.Span;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Business time on a calendar, as an SLA clock counts it. */
class BusinessCalendarTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final Span NINE_TO_FIVE = new Span(LocalTime.of(9, 0), LocalTime.of(17, 0));

  /** Monday to Friday 09:00–17:00 in London, closed on Monday 2026-12-28 (a bank holiday). */
  private static final BusinessCalendar OFFICE =
      new BusinessCalendar(
          LONDON, weekdays(List.of(NINE_TO_FIVE)), Set.of(LocalDate.of(2026, 12, 28)));

  @Test
  void alwaysOpenCountsEveryMinute() {
    Instant from = Instant.parse("2026-12-04T16:00:00Z");
    assertThat(BusinessCalendar.ALWAYS_OPEN.elapsed(from, from.plus(Duration.ofHours(50))))
        .isEqualTo(Duration.ofHours(50));
    assertThat(BusinessCalendar.ALWAYS_OPEN.dueAt(from, Duration.ofMinutes(15)))
        .isEqualTo(from.plus(Duration.ofMinutes(15)));
  }

  @Test
  void aWeekendCountsNothing() {
    // Friday 16:00 to Monday 10:00: one hour on Friday, one on Monday.
    assertThat(OFFICE.elapsed(london(2026, 12, 4, 16, 0), london(2026, 12, 7, 10, 0)))
        .isEqualTo(Duration.ofHours(2));
    // Four business hours from Friday 15:00 is Monday 11:00.
    assertThat(OFFICE.dueAt(london(2026, 12, 4, 15, 0), Duration.ofHours(4)))
        .isEqualTo(london(2026, 12, 7, 11, 0));
  }

  @Test
  void aHolidayCountsNothing() {
    // Friday 25th 16:00 (a weekday here, not a holiday) to Tuesday 29th 10:00: Monday is closed.
    assertThat(OFFICE.elapsed(london(2026, 12, 25, 16, 0), london(2026, 12, 29, 10, 0)))
        .isEqualTo(Duration.ofHours(2));
    assertThat(OFFICE.dueAt(london(2026, 12, 25, 16, 30), Duration.ofHours(1)))
        .isEqualTo(london(2026, 12, 29, 9, 30));
  }

  @Test
  void timeOutsideOpeningHoursStartsAtTheNextOpening() {
    assertThat(OFFICE.dueAt(london(2026, 12, 2, 7, 0), Duration.ofMinutes(30)))
        .isEqualTo(london(2026, 12, 2, 9, 30));
    assertThat(OFFICE.elapsed(london(2026, 12, 2, 18, 0), london(2026, 12, 2, 23, 0))).isZero();
  }

  @Test
  void severalSpansADayLeaveTheLunchBreakOut() {
    BusinessCalendar withLunch =
        new BusinessCalendar(
            LONDON,
            weekdays(
                List.of(
                    new Span(LocalTime.of(13, 0), LocalTime.of(17, 0)),
                    new Span(LocalTime.of(9, 0), LocalTime.of(12, 0)))),
            Set.of());
    assertThat(withLunch.elapsed(london(2026, 12, 2, 11, 0), london(2026, 12, 2, 14, 0)))
        .isEqualTo(Duration.ofHours(2));
    assertThat(withLunch.dueAt(london(2026, 12, 2, 11, 30), Duration.ofHours(1)))
        .isEqualTo(london(2026, 12, 2, 13, 30));
  }

  @Test
  void daylightSavingCountsTheHoursTheWallClockShowed() {
    BusinessCalendar aroundTheClock =
        new BusinessCalendar(LONDON, BusinessCalendar.allWeek(List.of(Span.WHOLE_DAY)), Set.of());
    // Clocks go forward at 01:00 on Sunday 2027-03-28: that day has 23 hours.
    Instant saturdayNoon = london(2027, 3, 27, 12, 0);
    Instant mondayNoon = london(2027, 3, 29, 12, 0);
    assertThat(aroundTheClock.elapsed(saturdayNoon, mondayNoon)).isEqualTo(Duration.ofHours(47));
    assertThat(aroundTheClock.dueAt(saturdayNoon, Duration.ofHours(47))).isEqualTo(mondayNoon);
    // Office hours on the day clocks go back (2026-10-25 is a Sunday; the Monday is a full day).
    assertThat(OFFICE.elapsed(london(2026, 10, 23, 16, 0), london(2026, 10, 26, 10, 0)))
        .isEqualTo(Duration.ofHours(2));
  }

  @Test
  void aCalendarIsOpenSometimeAndItsSpansDoNotOverlap() {
    assertThatThrownBy(() -> new BusinessCalendar(LONDON, Map.of(), Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new BusinessCalendar(
                    LONDON,
                    weekdays(
                        List.of(NINE_TO_FIVE, new Span(LocalTime.of(16, 0), LocalTime.of(18, 0)))),
                    Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overlap");
    assertThatThrownBy(() -> new Span(LocalTime.of(17, 0), LocalTime.of(9, 0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Map<DayOfWeek, List<Span>> weekdays(List<Span> spans) {
    Map<DayOfWeek, List<Span>> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : List.of(DayOfWeek.values()).subList(0, 5)) {
      week.put(day, spans);
    }
    return week;
  }

  private static Instant london(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(LONDON).toInstant();
  }
}
