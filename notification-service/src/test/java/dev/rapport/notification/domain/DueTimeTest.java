package dev.rapport.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Instants as a reader reads them: their zone's day, their locale's time, durations in words. */
class DueTimeTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void todayAndTomorrowAreTheReadersAcrossAChangeOfClocks() {
    // The night London's clocks go forward (29 March 2026, 01:00 UTC).
    Instant now = Instant.parse("2026-03-28T23:30:00Z");
    DueTime soon = DueTime.of(Instant.parse("2026-03-28T23:50:00Z"), now, LONDON, Locale.UK);
    assertThat(soon).isEqualTo(new DueTime("23:50", "Saturday 28 March", true, false));
    DueTime after = DueTime.of(Instant.parse("2026-03-29T01:30:00Z"), now, LONDON, Locale.UK);
    assertThat(after).isEqualTo(new DueTime("02:30", "Sunday 29 March", false, true));
    // In New York the same instants are still Saturday evening.
    DueTime there = DueTime.of(Instant.parse("2026-03-29T01:30:00Z"), now, NEW_YORK, Locale.US);
    assertThat(there.today()).isTrue();
    assertThat(there.time()).isEqualTo("9:30 PM");
  }

  @Test
  void laterDaysHaveTheirWeekdayAndDateInTheReadersLanguage() {
    Instant now = Instant.parse("2026-12-01T10:00:00Z");
    DueTime friday =
        DueTime.of(
            Instant.parse("2026-12-04T09:00:00Z"), now, ZoneId.of("Europe/Paris"), Locale.FRANCE);
    assertThat(friday).isEqualTo(new DueTime("10:00", "vendredi 4 décembre", false, false));
  }

  @Test
  void durationsInWords() {
    assertThat(SlaNotice.words("PT3H", "en")).isEqualTo("3 h");
    assertThat(SlaNotice.words("PT3H20M", "fr")).isEqualTo("3 h 20 min");
    assertThat(SlaNotice.words("PT45M30S", "en")).isEqualTo("45 min");
    assertThat(SlaNotice.words("P1DT4H", "en")).isEqualTo("1 day 4 h");
    assertThat(SlaNotice.words("PT72H", "fr")).isEqualTo("3 jours");
    assertThat(SlaNotice.words("PT20S", "en")).isEqualTo("0 min");
    assertThat(SlaNotice.words("soon", "en")).isEqualTo("soon");
  }
}
