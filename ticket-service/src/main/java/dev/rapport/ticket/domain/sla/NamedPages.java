package dev.rapport.ticket.domain.sla;

import dev.rapport.support.api.Cursor;
import dev.rapport.support.api.Page;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Keyset pages of named things (calendars, policies) by name, which is unique without case. */
final class NamedPages {
  private NamedPages() {}

  /**
   * @param from the entity as "e", with any fetch joins, e.g. "SlaPolicy e join fetch e.calendar"
   */
  static <T> Page<T> byName(
      EntityManager em,
      Class<T> type,
      String from,
      Function<T, String> name,
      String after,
      int limit) {
    TypedQuery<T> query =
        em.createQuery(
            "select e from "
                + from
                + (after == null ? "" : " where lower(e.name) > :after")
                + " order by lower(e.name)",
            type);
    if (after != null) {
      query.setParameter("after", Cursor.decode(after, 1).get(0));
    }
    List<T> rows = query.setMaxResults(limit + 1).getResultList();
    return Page.fromLookahead(
        rows, limit, last -> List.of(name.apply(last).toLowerCase(Locale.ROOT)));
  }
}
