package dev.rapport.ticket.domain.sla;

import dev.rapport.ticket.domain.Priority;
import dev.rapport.ticket.domain.TicketStatus;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** How the SLA explains itself to people: statuses, durations and changes of terms in words. */
public final class SlaWords {
  private SlaWords() {}

  /** "waiting on customer" for WAITING_ON_CUSTOMER. */
  public static String status(TicketStatus status) {
    return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** "2 h 13 min", "45 min", "3 d 2 h", "0 min". */
  public static String duration(Duration duration) {
    long minutes = duration.toMinutes();
    long days = minutes / (24 * 60);
    long hours = minutes / 60 % 24;
    StringBuilder words = new StringBuilder();
    if (days > 0) {
      words.append(days).append(" d ");
    }
    if (hours > 0) {
      words.append(hours).append(" h ");
    }
    if (minutes % 60 > 0 || words.isEmpty()) {
      words.append(minutes % 60).append(" min");
    }
    return words.toString().strip();
  }

  /**
   * An edit that may change the ticket's SLA terms, in words ("priority raised from P3 to P1",
   * "business service changed to Payroll", "type changed to SERVICE_REQUEST"); empty for others.
   */
  static Optional<String> termsChange(String field, String from, String to) {
    return switch (field) {
      case "priority" ->
          Optional.of(
              "priority "
                  + (Priority.valueOf(to).compareTo(Priority.valueOf(from)) < 0
                      ? "raised"
                      : "lowered")
                  + " from "
                  + from
                  + " to "
                  + to);
      case "businessService" -> Optional.of("business service changed to " + to);
      case "type" -> Optional.of("type changed to " + to);
      default -> Optional.empty();
    };
  }
}
