package dev.rapport.ticket.domain;

import dev.rapport.support.api.Cursor;
import dev.rapport.support.api.Page;
import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.query.Keyset;
import dev.rapport.support.query.Like;
import dev.rapport.support.security.Caller;
import dev.rapport.support.security.UserNames;
import dev.rapport.ticket.domain.sla.SlaListState;
import dev.rapport.ticket.domain.sla.SlaState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists tickets with filters, a sort and keyset pagination: the cursor holds the sort value and id
 * of the last row, so a page costs the same however deep it is and does not skip or repeat rows
 * when tickets are added meanwhile.
 */
@ApplicationScoped
public class TicketSearch {
  /** Sortable columns, by API name; every one is unique together with the id. */
  private static final Map<String, String> SORTABLE =
      Map.of(
          "createdAt", "t.createdAt",
          "updatedAt", "t.updatedAt",
          "priority", "t.priority",
          "nextDue", "s.nextDue");

  private final EntityManager em;
  private final Tickets tickets;

  TicketSearch(EntityManager em, Tickets tickets) {
    this.em = em;
    this.tickets = tickets;
  }

  /** A page of the tickets the caller may see, each as {@link Tickets#view} shows it. */
  public Page<TicketView> search(TicketFilter filter, Caller caller) {
    String sort = filter.sort() == null || filter.sort().isBlank() ? "-createdAt" : filter.sort();
    boolean descending = sort.startsWith("-");
    String field = descending ? sort.substring(1) : sort;
    String column = SORTABLE.get(field);
    if (column == null) {
      throw ProblemException.badRequest(
          "invalid-sort",
          "sort must be one of createdAt, updatedAt, priority, nextDue, optionally prefixed with"
              + " '-' for descending; got '"
              + sort
              + "'.");
    }
    StringBuilder where = new StringBuilder("where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (!caller.staff()) {
      // A union of the two halves rather than "requester = :me or exists (...)": each half reads
      // its own index and only the caller's few tickets are sorted; the OR form walks every
      // ticket in sort order until it has found a page.
      where.append(
          " and t.id in (select t3.id from Ticket t3 where t3.requester = :me"
              + " union select t2.id from Ticket t2 join t2.participants p where p.userName = :me)");
      params.put("me", caller.userName());
    }
    if (filter.statuses() != null && !filter.statuses().isEmpty()) {
      where.append(" and t.status in :statuses");
      params.put("statuses", filter.statuses());
    }
    if (filter.priorities() != null && !filter.priorities().isEmpty()) {
      where.append(" and t.priority in :priorities");
      params.put("priorities", filter.priorities());
    }
    equal(where, params, "type", filter.type());
    equal(where, params, "assignee", UserNames.normalise(filter.assignee()));
    equal(where, params, "teamId", filter.teamId());
    equal(where, params, "requester", UserNames.normalise(filter.requester()));
    equal(where, params, "businessServiceId", filter.businessServiceId());
    if (filter.text() != null && !filter.text().isBlank()) {
      where.append(" and lower(t.title) like :text").append(Like.ESCAPE);
      params.put("text", Like.containingIgnoreCase(filter.text()));
    }
    boolean bySla = slaConditions(filter, field, where, params);
    if (filter.after() != null) {
      List<String> cursor = Cursor.decode(filter.after(), 2);
      where
          .append(" and ")
          .append(
              Keyset.after(
                  List.of(column, "t.id"),
                  List.of(cursorValue(field, cursor.get(0)), Cursor.uuid(cursor.get(1))),
                  descending,
                  params));
    }
    String direction = descending ? " desc" : " asc";
    TypedQuery<Object[]> query =
        em.createQuery(
            "select t, "
                + column
                + " from Ticket t"
                + (bySla ? " join SlaState s on s.ticketId = t.id " : " ")
                + where
                + " order by "
                + column
                + direction
                + ", t.id"
                + direction,
            Object[].class);
    params.forEach(query::setParameter);
    List<Object[]> rows = query.setMaxResults(filter.limit() + 1).getResultList();
    // One query for the page's SLA states: each view then finds its ticket's in the session.
    SlaState.preload(rows.stream().map(row -> ((Ticket) row[0]).id).toList());
    return Page.fromLookahead(
            rows,
            filter.limit(),
            last -> List.of(String.valueOf(last[1]), ((Ticket) last[0]).id.toString()))
        .map(row -> tickets.view((Ticket) row[0], caller));
  }

  /**
   * The conditions on the ticket's SLA state (ticket_sla, as SlaState {@code s}); answers whether
   * the query joins it. Sorted by nextDue, only tickets with a clock counting are listed.
   */
  private static boolean slaConditions(
      TicketFilter filter, String sortField, StringBuilder where, Map<String, Object> params) {
    boolean joined = sortField.equals("nextDue");
    if (joined) {
      where.append(" and s.nextDue is not null");
    }
    if (filter.slaStates() != null && !filter.slaStates().isEmpty()) {
      joined = true;
      where
          .append(" and (")
          .append(
              String.join(
                  " or ",
                  filter.slaStates().stream()
                      .distinct()
                      .map(state -> state == SlaListState.BREACHED ? "s.breached" : "s.atRisk")
                      .map(flag -> flag + " = true")
                      .toList()))
          .append(")");
    }
    if (filter.dueBefore() != null) {
      joined = true;
      where.append(" and s.nextDue < :dueBefore");
      params.put("dueBefore", filter.dueBefore());
    }
    return joined;
  }

  private static void equal(
      StringBuilder where, Map<String, Object> params, String field, Object value) {
    if (value != null) {
      where.append(" and t.").append(field).append(" = :").append(field);
      params.put(field, value);
    }
  }

  private static Object cursorValue(String field, String value) {
    try {
      return switch (field) {
        case "createdAt", "updatedAt", "nextDue" -> Cursor.instant(value);
        default -> Priority.valueOf(String.valueOf(value));
      };
    } catch (IllegalArgumentException e) {
      throw Cursor.invalid();
    }
  }
}
