package dev.rapport.ticket.domain;

import dev.rapport.events.ticket.TicketUpdatePosted;
import dev.rapport.support.api.Cursor;
import dev.rapport.support.api.Page;
import dev.rapport.support.ids.TimeOrderedUuids;
import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.query.Keyset;
import dev.rapport.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A ticket's public updates and internal work notes: who may post which, who may read which, and
 * the requester's reply that puts a ticket waiting on them back in progress.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class TicketConversation {
  private final Tickets tickets;
  private final TicketLifecycle lifecycle;
  private final TicketStatusMachine statusMachine;
  private final TicketJournal journal;
  private final Clock clock;

  TicketConversation(
      Tickets tickets,
      TicketLifecycle lifecycle,
      TicketStatusMachine statusMachine,
      TicketJournal journal,
      Clock clock) {
    this.tickets = tickets;
    this.lifecycle = lifecycle;
    this.statusMachine = statusMachine;
    this.journal = journal;
    this.clock = clock;
  }

  /**
   * Posts a public update or an internal work note. A requester's reply to a ticket waiting on them
   * puts it back in progress, so it does not sit unnoticed.
   */
  public TicketUpdate post(String idOrKey, Visibility visibility, String body, Caller caller) {
    Ticket ticket = tickets.lock(idOrKey, caller);
    TicketAccess.requireRequesterOrStaff(caller, ticket, "post updates");
    if (visibility == Visibility.INTERNAL && !TicketAccess.canSeeInternal(caller)) {
      throw ProblemException.forbidden("Only IT staff may post internal work notes.");
    }
    Instant now = clock.instant();
    statusMachine.requireNotFinished(ticket, "post updates on", now);
    if (visibility == Visibility.INTERNAL) {
      TicketAccess.requireNotIntegration(caller, "post internal work notes");
    }
    TicketUpdate update = add(ticket, visibility, body, caller, false, now);
    if (!caller.staff() && ticket.status == TicketStatus.WAITING_ON_CUSTOMER) {
      lifecycle.progress(ticket, TicketStatus.IN_PROGRESS, "The requester replied", caller, now);
    }
    return update;
  }

  /**
   * Writes an update (automatic: posted by the service, e.g. task progress) with its line and
   * event.
   */
  TicketUpdate add(
      Ticket ticket,
      Visibility visibility,
      String body,
      Caller author,
      boolean automatic,
      Instant now) {
    TicketUpdate update = new TicketUpdate();
    update.id = TimeOrderedUuids.next();
    update.ticketId = ticket.id;
    update.visibility = visibility;
    update.body = body;
    update.author = author.userName();
    update.automatic = automatic;
    update.createdAt = now;
    update.persist();
    journal.record(
        ticket,
        author,
        now,
        new HistoryLine(
            "update-posted",
            "visibility",
            null,
            visibility.name(),
            visibility == Visibility.INTERNAL),
        (summary, actor) ->
            new TicketUpdatePosted(summary, actor, update.id, visibility.name(), body, automatic));
    return update;
  }

  /**
   * A page of the ticket's updates, oldest first. Internal notes are filtered in the query, so a
   * requester's pages are full and their cursors never point at a note.
   */
  @Transactional(TxType.SUPPORTS)
  public Page<TicketUpdate> page(String idOrKey, String after, int limit, Caller caller) {
    Ticket ticket = tickets.find(idOrKey, caller);
    StringBuilder where = new StringBuilder("ticketId = :ticket");
    Map<String, Object> params = new HashMap<>();
    params.put("ticket", ticket.id);
    if (!TicketAccess.canSeeInternal(caller)) {
      where.append(" and visibility = :visibility");
      params.put("visibility", Visibility.PUBLIC);
    }
    if (after != null) {
      Cursor.Position position = Cursor.decodePosition(after);
      where
          .append(" and ")
          .append(
              Keyset.after(
                  List.of("createdAt", "id"),
                  List.of(position.at(), position.id()),
                  false,
                  params));
    }
    List<TicketUpdate> rows =
        TicketUpdate.<TicketUpdate>find(where + " order by createdAt, id", params)
            .range(0, limit)
            .list();
    return Page.fromLookahead(
        rows, limit, last -> List.of(last.createdAt.toString(), last.id.toString()));
  }

  /** One update of the ticket, as {@link #page} would show it to this caller. */
  @Transactional(TxType.SUPPORTS)
  public TicketUpdate get(String idOrKey, UUID updateId, Caller caller) {
    Ticket ticket = tickets.find(idOrKey, caller);
    TicketUpdate update = TicketUpdate.findById(updateId);
    if (update == null
        || !update.ticketId.equals(ticket.id)
        || (update.visibility == Visibility.INTERNAL && !TicketAccess.canSeeInternal(caller))) {
      throw ProblemException.notFound("Update", updateId.toString());
    }
    return update;
  }
}
