package dev.rapport.ticket.domain;

import dev.rapport.support.api.Cursor;
import dev.rapport.support.api.Page;
import dev.rapport.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Reads a ticket's audit timeline ({@link TicketJournal} writes it): oldest first, lines about
 * internal notes only for those who may see internal notes.
 */
@ApplicationScoped
public class TicketHistory {
  private final Tickets tickets;

  TicketHistory(Tickets tickets) {
    this.tickets = tickets;
  }

  /** A page of the timeline; internal lines filtered in the query. */
  public Page<HistoryEntry> page(String idOrKey, String after, int limit, Caller caller) {
    Ticket ticket = tickets.find(idOrKey, caller);
    long afterId = after == null ? 0 : Cursor.decodeNumber(after);
    String internal = TicketAccess.canSeeInternal(caller) ? "" : " and internal = false";
    List<HistoryEntry> rows =
        HistoryEntry.<HistoryEntry>find(
                "ticketId = ?1 and id > ?2" + internal + " order by id", ticket.id, afterId)
            .range(0, limit)
            .list();
    return Page.fromLookahead(rows, limit, last -> List.of(Long.toString(last.id)));
  }
}
