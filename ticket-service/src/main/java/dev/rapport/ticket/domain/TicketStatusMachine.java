package dev.rapport.ticket.domain;

import static dev.rapport.ticket.domain.TicketStatus.ASSIGNED;
import static dev.rapport.ticket.domain.TicketStatus.CANCELLED;
import static dev.rapport.ticket.domain.TicketStatus.CLOSED;
import static dev.rapport.ticket.domain.TicketStatus.IN_PROGRESS;
import static dev.rapport.ticket.domain.TicketStatus.NEW;
import static dev.rapport.ticket.domain.TicketStatus.ON_HOLD;
import static dev.rapport.ticket.domain.TicketStatus.RESOLVED;
import static dev.rapport.ticket.domain.TicketStatus.WAITING_ON_CUSTOMER;

import dev.rapport.support.problem.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The ticket lifecycle: NEW → ASSIGNED → IN_PROGRESS ⇄ WAITING_ON_CUSTOMER / ON_HOLD → RESOLVED →
 * CLOSED; CANCELLED from any open status; RESOLVED → IN_PROGRESS reopens within the reopen window.
 * IT staff may make every legal move; a requester may only withdraw (cancel) an open ticket, answer
 * while IT waits on them, and accept (close) or reject (reopen) a resolution.
 */
public final class TicketStatusMachine {

  private static final Map<TicketStatus, Set<TicketStatus>> MOVES =
      new EnumMap<>(TicketStatus.class);

  static {
    MOVES.put(NEW, EnumSet.of(ASSIGNED, CANCELLED));
    MOVES.put(ASSIGNED, EnumSet.of(IN_PROGRESS, CANCELLED));
    MOVES.put(IN_PROGRESS, EnumSet.of(WAITING_ON_CUSTOMER, ON_HOLD, RESOLVED, CANCELLED));
    MOVES.put(WAITING_ON_CUSTOMER, EnumSet.of(IN_PROGRESS, CANCELLED));
    MOVES.put(ON_HOLD, EnumSet.of(IN_PROGRESS, CANCELLED));
    MOVES.put(RESOLVED, EnumSet.of(CLOSED, IN_PROGRESS));
    MOVES.put(CLOSED, EnumSet.noneOf(TicketStatus.class));
    MOVES.put(CANCELLED, EnumSet.noneOf(TicketStatus.class));
  }

  /** What a move means beyond the status change, for events and timestamps. */
  public enum Kind {
    PROGRESS,
    RESOLVE,
    REOPEN,
    CLOSE,
    CANCEL
  }

  private final Duration reopenWindow;

  public TicketStatusMachine(Duration reopenWindow) {
    this.reopenWindow = reopenWindow;
  }

  /** The statuses a ticket in {@code from} may move to, whoever asks. */
  public static Set<TicketStatus> movesFrom(TicketStatus from) {
    return MOVES.get(from).isEmpty()
        ? EnumSet.noneOf(TicketStatus.class)
        : EnumSet.copyOf(MOVES.get(from));
  }

  /** The moves open to this actor (staff or the requester) from this status. */
  private static Set<TicketStatus> movesFor(TicketStatus from, boolean staff) {
    if (staff) {
      return movesFrom(from);
    }
    Set<TicketStatus> moves = EnumSet.noneOf(TicketStatus.class);
    for (TicketStatus to : movesFrom(from)) {
      if (requesterMayMove(from, to)) {
        moves.add(to);
      }
    }
    return moves;
  }

  /**
   * The moves open to this actor on this ticket now: {@link #movesFor(TicketStatus, boolean)} less
   * a reopen once the window has passed, so a ticket never offers a move that {@link #check} would
   * refuse.
   */
  public Set<TicketStatus> movesFor(Ticket ticket, boolean staff, Instant now) {
    Set<TicketStatus> moves = movesFor(ticket.status, staff);
    if (ticket.status == RESOLVED && !reopenWindowOpen(ticket, now)) {
      moves.remove(IN_PROGRESS);
    }
    return moves;
  }

  /** Whether the ticket can still be reopened: it is RESOLVED and the window has not passed. */
  public boolean mayReopen(Ticket ticket, Instant now) {
    return ticket.status == RESOLVED && reopenWindowOpen(ticket, now);
  }

  private boolean reopenWindowOpen(Ticket ticket, Instant now) {
    return ticket.resolvedAt == null || !ticket.resolvedAt.plus(reopenWindow).isBefore(now);
  }

  private static boolean requesterMayMove(TicketStatus from, TicketStatus to) {
    return to == CANCELLED
        || (from == WAITING_ON_CUSTOMER && to == IN_PROGRESS)
        || (from == RESOLVED && (to == CLOSED || to == IN_PROGRESS));
  }

  /**
   * Checks a move and says what kind it is.
   *
   * @throws ProblemException 409 "illegal-transition" with the allowed moves, 403 when a requester
   *     attempts a move reserved to IT, 409 "reopen-window-expired", or 422 "resolution-required"
   *     when resolving without a resolution note
   */
  public Kind check(Ticket ticket, TicketStatus to, String reason, boolean staff, Instant now) {
    TicketStatus from = ticket.status;
    if (!MOVES.get(from).contains(to)) {
      throw illegal(from, to, movesFor(ticket, staff, now));
    }
    if (!staff && !requesterMayMove(from, to)) {
      throw ProblemException.forbidden(
          "Only IT staff may move a ticket from " + from + " to " + to + ".");
    }
    if (to == ASSIGNED && ticket.assignee == null && ticket.teamId == null) {
      throw new ProblemException(
          409,
          "assignment-required",
          "Conflict",
          "Assign the ticket to an agent or team (POST /tickets/{id}/assignment) before moving it to ASSIGNED.",
          Map.of());
    }
    if (to == RESOLVED && (reason == null || reason.isBlank())) {
      throw ProblemException.unprocessable(
          "resolution-required", "Resolving a ticket needs a resolution note in 'reason'.");
    }
    if (from == RESOLVED && to == IN_PROGRESS) {
      if (!reopenWindowOpen(ticket, now)) {
        throw ProblemException.conflict(
            "reopen-window-expired",
            "Ticket "
                + ticket.key
                + " was resolved more than "
                + reopenWindow.toDays()
                + " days ago and can no longer be reopened; raise a new ticket instead.",
            Map.of("resolvedAt", ticket.resolvedAt.toString()));
      }
      return Kind.REOPEN;
    }
    return switch (to) {
      case RESOLVED -> Kind.RESOLVE;
      case CLOSED -> Kind.CLOSE;
      case CANCELLED -> Kind.CANCEL;
      default -> Kind.PROGRESS;
    };
  }

  private static ProblemException illegal(
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
}
