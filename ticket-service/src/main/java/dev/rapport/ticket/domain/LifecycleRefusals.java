package dev.rapport.ticket.domain;

import dev.rapport.support.problem.ProblemException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a refused move or a change to a ticket that is not open answers, each saying what to do
 * instead; {@link TicketStatusMachine} decides when.
 */
final class LifecycleRefusals {
  private LifecycleRefusals() {}

  /** 409 illegal-transition with the current status and the moves the caller may make. */
  static ProblemException illegal(
      TicketStatus from, TicketStatus to, Set<TicketStatus> allowedMoves) {
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("currentStatus", from.name());
    extensions.put("allowedTransitions", allowedMoves.stream().map(Enum::name).toList());
    String allowed =
        allowedMoves.isEmpty()
            ? "none: the ticket is " + from
            : String.join(", ", allowedMoves.stream().map(Enum::name).toList());
    return ProblemException.conflict(
        "illegal-transition",
        "A ticket cannot move from "
            + from
            + " to "
            + to
            + ". Allowed from "
            + from
            + ": "
            + allowed
            + ".",
        extensions);
  }

  /** 403: a legal move the requester may not make. */
  static ProblemException reservedToStaff(TicketStatus from, TicketStatus to) {
    return ProblemException.forbidden(
        "Only IT staff may move a ticket from " + from + " to " + to + ".");
  }

  static ProblemException assignmentRequired() {
    return new ProblemException(
        409,
        "assignment-required",
        "Conflict",
        "Assign the ticket to an agent or team (POST /tickets/{id}/assignment) before moving it to ASSIGNED.",
        Map.of());
  }

  static ProblemException resolutionRequired() {
    return ProblemException.unprocessable(
        "resolution-required", "Resolving a ticket needs a resolution note in 'reason'.");
  }

  static ProblemException reopenWindowExpired(Ticket ticket, Duration reopenWindow) {
    return ProblemException.conflict(
        "reopen-window-expired",
        "Ticket "
            + ticket.key
            + " was resolved more than "
            + reopenWindow.toDays()
            + " days ago and can no longer be reopened; raise a new ticket instead.",
        Map.of("resolvedAt", ticket.resolvedAt.toString()));
  }

  /** 409 ticket-not-open: reopen while the window lasts, else raise a new ticket. */
  static ProblemException notOpen(Ticket ticket, String action, boolean reopenable) {
    String instead =
        reopenable
            ? " Reopen it first (POST /api/v1/tickets/"
                + ticket.key
                + "/transitions with \"to\": \"IN_PROGRESS\")."
            : " Raise a new ticket instead (POST /api/v1/tickets); you may mention "
                + ticket.key
                + " in it.";
    return ProblemException.conflict(
        "ticket-not-open",
        "Ticket "
            + ticket.key
            + " is "
            + ticket.status
            + "; you cannot "
            + action
            + " it."
            + instead,
        Map.of("currentStatus", ticket.status.name(), "reopenable", reopenable));
  }
}
