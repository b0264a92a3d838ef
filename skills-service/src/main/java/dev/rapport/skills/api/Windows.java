package dev.rapport.skills.api;

import dev.rapport.support.problem.ProblemException;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/** A look-back window given as an ISO-8601 duration query parameter ({@code window=P30D}). */
final class Windows {
  /** Ten years: enough for any report, and far from Instant arithmetic overflowing. */
  static final Duration LONGEST = Duration.ofDays(3660);

  private Windows() {}

  static Duration parse(String window, Duration fallback) {
    if (window == null || window.isBlank()) {
      return fallback;
    }
    Duration span;
    try {
      span = Duration.parse(window.trim());
    } catch (DateTimeParseException e) {
      throw invalid(window);
    }
    if (span.isNegative() || span.isZero() || span.compareTo(LONGEST) > 0) {
      throw invalid(window);
    }
    return span;
  }

  private static ProblemException invalid(String window) {
    return ProblemException.badRequest(
        "invalid-window",
        "window must be a positive ISO-8601 duration of at most P3660D, like P30D or PT12H, not '"
            + window
            + "'");
  }

  /** The window as a reader would write it: {@code P30D} rather than {@code PT720H}. */
  static String text(Duration span) {
    return span.toSeconds() % Duration.ofDays(1).toSeconds() == 0
        ? "P" + span.toDays() + "D"
        : span.toString();
  }
}
