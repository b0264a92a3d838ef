package dev.rapport.ticket.domain.sla;

import dev.rapport.support.api.ETags;
import dev.rapport.support.problem.ProblemException;
import java.util.Map;

/**
 * Calendars and policies change only with {@code If-Match}: an edit of SLA terms re-times every
 * open ticket, so a blind overwrite of another admin's change is refused (428) rather than allowed.
 */
final class IfMatch {
  private IfMatch() {}

  /** 428 without an If-Match, 412 when it names another version, 400 when it is malformed. */
  static void require(String ifMatch, long version, String what) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ProblemException(
          428,
          "if-match-required",
          "Precondition required",
          "Send If-Match with the "
              + what
              + "'s ETag (as GET answers it, currently "
              + ETags.of(version)
              + ") to change it.",
          Map.of("currentETag", ETags.of(version)));
    }
    ETags.checkIfMatch(ifMatch, version);
  }
}
