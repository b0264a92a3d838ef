package dev.rapport.support.time;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads an instant written the way {@link Instant#toString} writes it ({@code
 * 2026-12-02T14:12:32.123456Z}: UTC, four-digit year, 0 to 9 fraction digits), the form every
 * Rapport producer puts in event payloads and {@code ce_time}. Hand-written because java.time's
 * formatter-based parsing (a map of fields per call, then resolving) was 7 % of a consumer's CPU in
 * profiles of engagement-service's ingest; anything else (offsets, leap seconds, other years) is
 * left to the standard parsers by answering null.
 */
public final class CanonicalInstants {
  private static final int[] FRACTION_SCALE = {
    0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1
  };

  private CanonicalInstants() {}

  /** The instant {@code text} names when it is in the canonical form; null when it is not. */
  public static Instant parse(CharSequence text) {
    int length = text.length();
    if (length < 20 || length > 30 || length == 21 || text.charAt(length - 1) != 'Z') {
      return null;
    }
    if (text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if ((year | month | day | hour | minute | second) < 0) {
      return null; // a character that is not a digit
    }
    if (year < 1 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    int nanos = 0;
    if (length > 20) {
      int fractionDigits = length - 21;
      if (text.charAt(19) != '.' || (nanos = digits(text, 20, fractionDigits)) < 0) {
        return null;
      }
      nanos *= FRACTION_SCALE[fractionDigits];
    } else if (text.charAt(19) != 'Z') {
      return null;
    }
    if (day > 28 && day > LocalDate.of(year, month, 1).lengthOfMonth()) {
      return null;
    }
    long days = LocalDate.of(year, month, day).toEpochDay();
    return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
  }

  /** The number the {@code count} digits at {@code from} spell; -1 when one is not a digit. */
  private static int digits(CharSequence text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      int digit = text.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }
}
