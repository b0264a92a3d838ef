package dev.rapport.ticket.domain;

import dev.rapport.support.api.ETags;
import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.security.Caller;
import dev.rapport.ticket.domain.sla.SlaTracking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Finds a ticket by id or key (T-1042) for a caller: a read, a row-locked load for a change, and
 * the If-Match check against the ticket's version. A ticket the caller may not see is answered as
 * not found ({@link TicketAccess}). {@link #view} is the ticket as its caller sees it now.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class Tickets {
  private static final Pattern TICKET_KEY = Pattern.compile("T-\\d+");

  private final TicketStatusMachine statusMachine;
  private final Clock clock;
  private final SlaTracking sla;

  Tickets(TicketStatusMachine statusMachine, Clock clock, SlaTracking sla) {
    this.statusMachine = statusMachine;
    this.clock = clock;
    this.sla = sla;
  }

  /** {@link #find}, as {@link #view} shows it. */
  @Transactional(TxType.SUPPORTS)
  public TicketView read(String idOrKey, Caller caller) {
    return view(find(idOrKey, caller), caller);
  }

  /**
   * The ticket with the statuses this caller may move it to now (the reopen window included):
   * exactly what {@link TicketLifecycle#transition} accepts from them, so none for an integration
   * or a mere watcher.
   */
  @Transactional(TxType.SUPPORTS)
  public TicketView view(Ticket ticket, Caller caller) {
    Set<TicketStatus> moves =
        TicketAccess.mayMove(caller, ticket)
            ? statusMachine.movesFor(ticket, caller.staff(), clock.instant())
            : EnumSet.noneOf(TicketStatus.class);
    return new TicketView(ticket, moves, sla.summary(ticket), TicketCsat.of(ticket, caller));
  }

  /** The ticket as this caller may read it, watchers and stakeholders fetched with it. */
  @Transactional(TxType.SUPPORTS)
  public Ticket find(String idOrKey, Caller caller) {
    Ticket ticket = load(idOrKey, LockModeType.NONE);
    TicketAccess.requireVisible(caller, ticket, idOrKey);
    return ticket;
  }

  /** The ticket with its row locked until the transaction ends, if the caller may see it. */
  public Ticket lock(String idOrKey, Caller caller) {
    Ticket ticket = load(idOrKey, LockModeType.PESSIMISTIC_WRITE);
    TicketAccess.requireVisible(caller, ticket, idOrKey);
    return ticket;
  }

  /** {@link #lock}, then 412 unless If-Match (when sent) names the ticket's current version. */
  public Ticket lockForChange(String idOrKey, String ifMatch, Caller caller) {
    Ticket ticket = lock(idOrKey, caller);
    ETags.checkIfMatch(ifMatch, ticket.version);
    return ticket;
  }

  private static Ticket load(String idOrKey, LockModeType lock) {
    boolean byKey = TICKET_KEY.matcher(idOrKey).matches();
    Object id = byKey ? idOrKey : parseId(idOrKey);
    Ticket ticket = null;
    if (id != null) {
      String where = byKey ? " where t.key = ?1" : " where t.id = ?1";
      // A read fetches watchers and stakeholders in the same query; PostgreSQL cannot lock the
      // outer side of a join, so a locked load reads them afterwards.
      String query =
          lock == LockModeType.NONE
              ? "from Ticket t left join fetch t.participants" + where
              : "from Ticket t" + where;
      ticket = Ticket.find(query, id).withLock(lock).<Ticket>singleResultOptional().orElse(null);
    }
    if (ticket == null) {
      throw ProblemException.notFound("Ticket", idOrKey);
    }
    return ticket;
  }

  private static UUID parseId(String idOrKey) {
    try {
      return UUID.fromString(idOrKey);
    } catch (IllegalArgumentException notAUuid) {
      return null;
    }
  }
}
