package dev.rapport.support.input;

import java.time.Instant;

/**
 * What no request may carry, whatever the field: control characters (PostgreSQL cannot store NUL in
 * text, and none of them means anything in a name or an id) and instants outside years 1 to 9999
 * (PostgreSQL stores 4713 BC to 294276 AD; ISO-8601 without a sign covers 1 to 9999, and no ticket,
 * plan or absence is meant to lie outside it).
 */
public final class InputRules {
  public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");
  public static final String CONTROL_CHARACTERS = "must not contain control characters";
  public static final String INSTANT_RANGE = "must be between years 1 and 9999";

  private InputRules() {}

  /** Free text may hold tabs and line breaks; no other C0 control character. */
  public static boolean isAcceptableText(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  /** A path or query parameter: no control character at all (C0 and DEL). */
  public static boolean isAcceptableParameter(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return false;
      }
    }
    return true;
  }

  public static boolean isInRange(Instant instant) {
    return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
  }

  public static boolean isInRange(int year) {
    return year >= 1 && year <= 9999;
  }
}
