package dev.rapport.notification.domain;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * An instant as a person reads it in their time zone and language, relative to now: the time of day
 * ("15:00", "3:00 PM"), whether that is today or tomorrow there, and otherwise the weekday and date
 * ("Monday 7 December", "lundi 7 décembre"). The {@code when} fragment of {@code common_<lang>.txt}
 * puts it in words.
 *
 * @param time the time of day in the person's zone, in their locale's short style
 * @param date the weekday and date in the person's language
 * @param today whether it falls on the person's today
 * @param tomorrow whether it falls on the person's tomorrow
 */
@TemplateData
public record DueTime(String time, String date, boolean today, boolean tomorrow) {

  /** {@code at} for a person in {@code zone} speaking {@code locale}, as of {@code now}. */
  public static DueTime of(Instant at, Instant now, ZoneId zone, Locale locale) {
    ZonedDateTime local = at.atZone(zone);
    LocalDate today = now.atZone(zone).toLocalDate();
    LocalDate day = local.toLocalDate();
    return new DueTime(
        DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(local),
        DateTimeFormatter.ofPattern("EEEE d MMMM", locale).format(local),
        day.equals(today),
        day.equals(today.plusDays(1)));
  }
}
