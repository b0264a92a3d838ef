package dev.rapport.ticket.domain.sla;

import dev.rapport.ticket.domain.TicketStatus;
import java.util.Locale;

/** How the SLA explains itself to people: statuses and durations in words. */
public final class SlaWords {
  private SlaWords() {}

  /** "waiting on customer" for WAITING_ON_CUSTOMER. */
  public static String status(TicketStatus status) {
    return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
