package dev.rapport.ticket.domain;

import dev.rapport.events.ticket.TicketAssigned;
import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.security.Caller;
import dev.rapport.support.security.UserNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Moving a ticket through its lifecycle ({@link TicketStatusMachine} says which moves are legal and
 * what each does) and assigning it to an agent and/or team.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class TicketLifecycle {
  private final Tickets tickets;
  private final TicketStatusMachine statusMachine;
  private final TicketJournal journal;
  private final NamedPeople namedPeople;
  private final Clock clock;

  TicketLifecycle(
      Tickets tickets,
      TicketStatusMachine statusMachine,
      TicketJournal journal,
      NamedPeople namedPeople,
      Clock clock) {
    this.tickets = tickets;
    this.statusMachine = statusMachine;
    this.journal = journal;
    this.namedPeople = namedPeople;
    this.clock = clock;
  }

  public TicketView transition(
      String idOrKey, TicketStatus to, String reason, String ifMatch, Caller caller) {
    Ticket ticket = tickets.lockForChange(idOrKey, ifMatch, caller);
    TicketAccess.requireMayMove(caller, ticket);
    Instant now = clock.instant();
    TicketStatusMachine.Kind kind = statusMachine.check(ticket, to, reason, caller.staff(), now);
    moveTo(ticket, to, kind, reason, caller, now);
    Ticket.flush();
    return tickets.view(ticket, caller);
  }

  /**
   * A move the service makes itself (assignment, a requester's reply), of kind PROGRESS: the status
   * change, its history line and its event.
   */
  void progress(Ticket ticket, TicketStatus to, String reason, Caller caller, Instant now) {
    moveTo(ticket, to, TicketStatusMachine.Kind.PROGRESS, reason, caller, now);
  }

  private void moveTo(
      Ticket ticket,
      TicketStatus to,
      TicketStatusMachine.Kind kind,
      String reason,
      Caller caller,
      Instant now) {
    TicketStatus from = ticket.status;
    ticket.status = to;
    kind.apply(ticket, reason, now);
    journal.record(
        ticket,
        caller,
        now,
        List.of(HistoryLine.of("status-changed", "status", from.name(), to.name())),
        kind.events(from, to, reason));
  }

  /** Gives the ticket to an agent and/or team; a NEW ticket becomes ASSIGNED. */
  public TicketView assign(
      String idOrKey, String assignee, String teamId, String ifMatch, Caller caller) {
    TicketAccess.requireStaff(caller, "assign a ticket");
    if (assignee == null && teamId == null) {
      throw ProblemException.badRequest(
          "assignment-empty", "Name an 'assigneeId', a 'teamId' or both.");
    }
    Ticket ticket = tickets.lockForChange(idOrKey, ifMatch, caller);
    Instant now = clock.instant();
    statusMachine.requireOpen(ticket, "assign", now);
    String previousAssignee = ticket.assignee;
    String previousTeam = ticket.teamId;
    if (assignee != null) {
      String named = UserNames.normalise(assignee);
      if (!named.equals(previousAssignee)) {
        namedPeople.requireNameable("assigneeId", named, true);
      }
      ticket.assignee = named;
    }
    if (teamId != null) {
      ticket.teamId = teamId;
    }
    ticket.updatedAt = now;
    List<HistoryLine> lines = new ArrayList<>(2);
    if (!Objects.equals(previousAssignee, ticket.assignee)) {
      lines.add(HistoryLine.of("assigned", "assignee", previousAssignee, ticket.assignee));
    }
    if (!Objects.equals(previousTeam, ticket.teamId)) {
      lines.add(HistoryLine.of("assigned", "team", previousTeam, ticket.teamId));
    }
    if (lines.isEmpty()) {
      return tickets.view(ticket, caller);
    }
    journal.record(
        ticket,
        caller,
        now,
        lines,
        List.of(
            (summary, actor) ->
                new TicketAssigned(summary, actor, previousAssignee, previousTeam)));
    if (ticket.status == TicketStatus.NEW) {
      progress(ticket, TicketStatus.ASSIGNED, "Assigned", caller, now);
    }
    Ticket.flush();
    return tickets.view(ticket, caller);
  }
}
