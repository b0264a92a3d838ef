package dev.rapport.notification.domain;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;

/**
 * The period an engagement alert looked at, from its ISO-8601 duration, in the units a reader
 * counts: whole days ("P7D", "P2W", "PT48H"), else whole hours ("PT6H"), else as given.
 *
 * @param days the period in days, or null
 * @param hours the period in hours when under a day, or null
 * @param iso the period as given
 */
public record AlertWindow(Integer days, Integer hours, String iso) {

  /** The period of {@code iso}; one neither in days nor hours (P1M, nonsense) keeps its text. */
  public static AlertWindow of(String iso) {
    if (iso == null || iso.isBlank()) {
      return new AlertWindow(null, null, "");
    }
    String text = iso.strip();
    try {
      Period period = Period.parse(text);
      if (period.getYears() == 0 && period.getMonths() == 0) {
        return new AlertWindow(period.getDays(), null, text);
      }
      return new AlertWindow(null, null, text);
    } catch (DateTimeParseException notAPeriod) {
      // PT48H and the like
    }
    try {
      Duration duration = Duration.parse(text);
      if (duration.toHours() >= 24
          && duration.toHoursPart() == 0
          && duration.toMinutesPart() == 0) {
        return new AlertWindow(Math.toIntExact(duration.toDays()), null, text);
      }
      if (duration.toMinutesPart() == 0 && duration.toSecondsPart() == 0) {
        return new AlertWindow(null, Math.toIntExact(duration.toHours()), text);
      }
    } catch (DateTimeParseException notADuration) {
      // shown as given
    }
    return new AlertWindow(null, null, text);
  }
}
