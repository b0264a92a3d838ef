package dev.rapport.ticket.domain.sla;

import dev.rapport.ticket.domain.TicketStatus;
import java.time.Instant;
import java.util.List;

/**
 * What happened to one ticket that its clocks depend on, whatever the policy: the clocks are
 * evaluated from these facts and the terms each time, so a new priority or an edited policy applies
 * from the ticket's opening with the paused spans still excluded.
 *
 * @param openedAt when the ticket was raised
 * @param statuses every status the ticket has been in, oldest first, the current one last (open)
 * @param firstPublicResponse the first PUBLIC update by staff, or null
 * @param firstAssignment the first assignment, or null
 * @param updateResets every customer-visible update from IT (public update by staff, automatic
 *     progress update), oldest first; each starts a new UPDATE cycle
 */
public record SlaFacts(
    Instant openedAt,
    List<StatusSpan> statuses,
    Instant firstPublicResponse,
    Instant firstAssignment,
    List<Instant> updateResets) {

  public SlaFacts {
    statuses = List.copyOf(statuses);
    updateResets = List.copyOf(updateResets);
  }

  /**
   * A stretch of time in one status.
   *
   * @param status the status
   * @param from when the ticket entered it
   * @param to when it left it, or null while it is the current status
   * @param reason the reason given for the move into it, or null
   */
  public record StatusSpan(TicketStatus status, Instant from, Instant to, String reason) {}
}
