package dev.rapport.notification.domain;

import dev.rapport.events.ticket.TicketOpened;
import dev.rapport.events.ticket.TicketResolved;
import dev.rapport.events.ticket.TicketSlaBreached;
import dev.rapport.events.ticket.TicketStatusChanged;
import java.util.Set;

/**
 * Critical messages bypass quiet hours and digests: the opening, status changes, SLA breach and
 * resolution of a P1 (critical) ticket. Nobody should learn of a major outage, a promise broken on
 * it, or its end, the next morning.
 */
public final class Criticality {
  private static final Set<String> CRITICAL_TYPES =
      Set.of(
          TicketOpened.TYPE, TicketStatusChanged.TYPE, TicketSlaBreached.TYPE, TicketResolved.TYPE);

  private Criticality() {}

  public static boolean isCritical(String eventType, String priority) {
    return "P1".equalsIgnoreCase(priority) && CRITICAL_TYPES.contains(eventType);
  }
}
