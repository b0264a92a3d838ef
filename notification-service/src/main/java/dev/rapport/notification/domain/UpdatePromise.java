package dev.rapport.notification.domain;

import dev.rapport.events.ticket.SlaSummary;
import dev.rapport.events.ticket.TicketSummary;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * The promise that ends every message to the business about an open ticket, from the ticket's
 * update cadence ({@code sla.nextUpdateDue}): when they will next hear from IT; that IT waits on
 * them (or the work is on hold) while the clock is paused; or, once the promise is broken, that the
 * update is overdue, never a time already past. Nothing for a ticket with no SLA or no longer open.
 * The words are the {@code promise_<variant>} fragments of {@code business_<lang>.txt}.
 */
public final class UpdatePromise {
  /** A next update is due at {@code sla.nextUpdateDue}, still to come. */
  public static final String DUE = "due";

  /** The update clock is paused, e.g. while IT waits on the customer. */
  public static final String PAUSED = "paused";

  /** The promised update did not come in time. */
  public static final String OVERDUE = "overdue";

  private static final Set<String> CLOSED = Set.of("RESOLVED", "CLOSED", "CANCELLED");

  private UpdatePromise() {}

  /** Which promise the ticket makes as of {@code now}, or null for none. */
  public static String variant(TicketSummary ticket, Instant now) {
    SlaSummary sla = ticket.sla();
    if (sla == null || sla.update() == null) {
      return null;
    }
    if (ticket.status() != null && CLOSED.contains(ticket.status().toUpperCase(Locale.ROOT))) {
      return null;
    }
    return switch (sla.update().toUpperCase(Locale.ROOT)) {
      case "PAUSED" -> PAUSED;
      case "BREACHED" -> OVERDUE;
      case "RUNNING" -> {
        Instant due = sla.nextUpdateDue();
        if (due == null) {
          yield null;
        }
        yield due.isAfter(now) ? DUE : OVERDUE;
      }
      default -> null;
    };
  }
}
