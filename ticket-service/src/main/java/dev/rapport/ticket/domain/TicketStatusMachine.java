package dev.rapport.ticket.domain;

import static dev.rapport.ticket.domain.TicketStatus.ASSIGNED;
import static dev.rapport.ticket.domain.TicketStatus.CANCELLED;
import static dev.rapport.ticket.domain.TicketStatus.CLOSED;
import static dev.rapport.ticket.domain.TicketStatus.IN_PROGRESS;
import static dev.rapport.ticket.domain.TicketStatus.NEW;
import static dev.rapport.ticket.domain.TicketStatus.ON_HOLD;
import static dev.rapport.ticket.domain.TicketStatus.RESOLVED;
import static dev.rapport.ticket.domain.TicketStatus.WAITING_ON_CUSTOMER;

import dev.rapport.events.EventPayload;
import dev.rapport.events.ticket.TicketCancelled;
import dev.rapport.events.ticket.TicketClosed;
import dev.rapport.events.ticket.TicketReopened;
import dev.rapport.events.ticket.TicketResolved;
import dev.rapport.events.ticket.TicketStatusChanged;
import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.ticket.config.TicketConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ticket lifecycle: NEW → ASSIGNED → IN_PROGRESS ⇄ WAITING_ON_CUSTOMER / ON_HOLD → RESOLVED →
 * CLOSED; CANCELLED from any open status; RESOLVED → IN_PROGRESS reopens within the reopen window.
 * IT staff may make every legal move; a requester may only withdraw (cancel) an open ticket, answer
 * while IT waits on them, and accept (close) or reject (reopen) a resolution. Each legal move is a
 * row of {@link #MOVES}; what it checks and does beyond the status change is its {@link Kind}.
 */
@ApplicationScoped
public class TicketStatusMachine {

  /** One legal move, and whether the requester (not only IT staff) may make it. */
  private record Move(TicketStatus from, TicketStatus to, Kind kind, boolean requesterMay) {}

  private static final List<Move> MOVES =
      List.of(
          new Move(NEW, ASSIGNED, Kind.PROGRESS, false),
          new Move(NEW, CANCELLED, Kind.CANCEL, true),
          new Move(ASSIGNED, IN_PROGRESS, Kind.PROGRESS, false),
          new Move(ASSIGNED, CANCELLED, Kind.CANCEL, true),
          new Move(IN_PROGRESS, WAITING_ON_CUSTOMER, Kind.PROGRESS, false),
          new Move(IN_PROGRESS, ON_HOLD, Kind.PROGRESS, false),
          new Move(IN_PROGRESS, RESOLVED, Kind.RESOLVE, false),
          new Move(IN_PROGRESS, CANCELLED, Kind.CANCEL, true),
          new Move(WAITING_ON_CUSTOMER, IN_PROGRESS, Kind.PROGRESS, true),
          new Move(WAITING_ON_CUSTOMER, CANCELLED, Kind.CANCEL, true),
          new Move(ON_HOLD, IN_PROGRESS, Kind.PROGRESS, false),
          new Move(ON_HOLD, CANCELLED, Kind.CANCEL, true),
          new Move(RESOLVED, CLOSED, Kind.CLOSE, true),
          new Move(RESOLVED, IN_PROGRESS, Kind.REOPEN, true));

  private static final Map<TicketStatus, Map<TicketStatus, Move>> BY_STATUS =
      new EnumMap<>(TicketStatus.class);

  static {
    for (TicketStatus status : TicketStatus.values()) {
      BY_STATUS.put(status, new EnumMap<>(TicketStatus.class));
    }
    for (Move move : MOVES) {
      BY_STATUS.get(move.from()).put(move.to(), move);
    }
  }

  /**
   * What a move means beyond the status change: the condition it requires, what it stamps on the
   * ticket once its status is the new one, and the event that follows TicketStatusChanged (none for
   * PROGRESS).
   */
  public enum Kind {
    PROGRESS(Kind::requireSomeoneToAssignTo, (ticket, reason, now) -> {}, null),
    RESOLVE(
        Kind::requireResolutionNote,
        (ticket, reason, now) -> {
          ticket.resolvedAt = now;
          ticket.resolution = reason.strip();
        },
        (summary, actor, reason) -> new TicketResolved(summary, actor, reason.strip())),
    REOPEN(
        Kind::requireReopenWindowOpen,
        (ticket, reason, now) -> {
          ticket.resolvedAt = null;
          ticket.resolution = null;
        },
        TicketReopened::new),
    CLOSE(Kind::noCondition, Kind::stampClosed, TicketClosed::new),
    CANCEL(Kind::noCondition, Kind::stampClosed, TicketCancelled::new);

    /** A move's condition; throws the refusal when it does not hold. */
    @FunctionalInterface
    interface Condition {
      void require(
          TicketStatusMachine machine, Ticket ticket, Move move, String reason, Instant now);
    }

    @FunctionalInterface
    interface Stamp {
      void apply(Ticket ticket, String reason, Instant now);
    }

    @FunctionalInterface
    interface FollowUp {
      EventPayload of(TicketSummary summary, String actor, String reason);
    }

    private final Condition condition;
    private final Stamp stamp;
    private final FollowUp followUp;

    Kind(Condition condition, Stamp stamp, FollowUp followUp) {
      this.condition = condition;
      this.stamp = stamp;
      this.followUp = followUp;
    }

    /** Stamps what the move means on the ticket, once its status is the new one. */
    void apply(Ticket ticket, String reason, Instant now) {
      stamp.apply(ticket, reason, now);
    }

    /** TicketStatusChanged and the follow-up event, in that order. */
    List<TicketJournal.Event> events(TicketStatus from, TicketStatus to, String reason) {
      TicketJournal.Event changed =
          (summary, actor) ->
              new TicketStatusChanged(summary, actor, from.name(), to.name(), reason);
      return followUp == null
          ? List.of(changed)
          : List.of(changed, (summary, actor) -> followUp.of(summary, actor, reason));
    }

    private static void noCondition(
        TicketStatusMachine machine, Ticket ticket, Move move, String reason, Instant now) {}

    private static void requireSomeoneToAssignTo(
        TicketStatusMachine machine, Ticket ticket, Move move, String reason, Instant now) {
      if (move.to() == ASSIGNED && ticket.assignee == null && ticket.teamId == null) {
        throw LifecycleRefusals.assignmentRequired();
      }
    }

    private static void requireResolutionNote(
        TicketStatusMachine machine, Ticket ticket, Move move, String reason, Instant now) {
      if (reason == null || reason.isBlank()) {
        throw LifecycleRefusals.resolutionRequired();
      }
    }

    private static void requireReopenWindowOpen(
        TicketStatusMachine machine, Ticket ticket, Move move, String reason, Instant now) {
      if (!machine.reopenWindowOpen(ticket, now)) {
        throw LifecycleRefusals.reopenWindowExpired(ticket, machine.reopenWindow);
      }
    }

    private static void stampClosed(Ticket ticket, String reason, Instant now) {
      ticket.closedAt = now;
    }
  }

  private final Duration reopenWindow;

  @Inject
  TicketStatusMachine(TicketConfig config) {
    this(config.reopenWindow());
  }

  /** A machine with this reopen window (the bean reads {@code rapport.ticket.reopen-window}). */
  public TicketStatusMachine(Duration reopenWindow) {
    this.reopenWindow = reopenWindow;
  }

  /** The moves open to this actor (staff or the requester) from this status. */
  private static Set<TicketStatus> movesFor(TicketStatus from, boolean staff) {
    Set<TicketStatus> moves = EnumSet.noneOf(TicketStatus.class);
    for (Move move : BY_STATUS.get(from).values()) {
      if (staff || move.requesterMay()) {
        moves.add(move.to());
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

  /**
   * Checks a move and says what kind it is.
   *
   * @throws dev.rapport.support.problem.ProblemException 409 "illegal-transition" with the allowed
   *     moves, 403 when a requester attempts a move reserved to IT, 409 "assignment-required", 409
   *     "reopen-window-expired", or 422 "resolution-required" when resolving without a resolution
   *     note
   */
  public Kind check(Ticket ticket, TicketStatus to, String reason, boolean staff, Instant now) {
    TicketStatus from = ticket.status;
    Move move = BY_STATUS.get(from).get(to);
    if (move == null) {
      throw LifecycleRefusals.illegal(from, to, movesFor(ticket, staff, now));
    }
    if (!staff && !move.requesterMay()) {
      throw LifecycleRefusals.reservedToStaff(from, to);
    }
    move.kind().condition.require(this, ticket, move, reason, now);
    return move.kind();
  }

  /** Work (tasks, assignment) needs an open ticket: a RESOLVED one is reopened first. */
  public void requireOpen(Ticket ticket, String action, Instant now) {
    if (!ticket.status.isOpen()) {
      throw LifecycleRefusals.notOpen(ticket, action, mayReopen(ticket, now));
    }
  }

  /** A CLOSED or CANCELLED ticket takes no more posts, participants or edits. */
  public void requireNotFinished(Ticket ticket, String action, Instant now) {
    if (ticket.status.isFinished()) {
      throw LifecycleRefusals.notOpen(ticket, action, mayReopen(ticket, now));
    }
  }
}
