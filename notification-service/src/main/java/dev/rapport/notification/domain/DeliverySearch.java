package dev.rapport.notification.domain;

import dev.rapport.support.api.Cursor;
import dev.rapport.support.api.Page;
import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.query.Keyset;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Finds deliveries for support staff: newest first, keyset-paginated, filtered. */
@ApplicationScoped
public class DeliverySearch {
  private static final List<String> NEWEST_FIRST = List.of("createdAt", "id");

  public Page<Delivery> search(DeliveryFilter filter) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    if (filter.ticketId() != null) {
      where.add("ticketId = :ticket");
      params.put("ticket", filter.ticketId());
    }
    if (filter.personId() != null) {
      where.add("personId = :person");
      params.put("person", filter.personId());
    }
    if (filter.recipient() != null && !filter.recipient().isBlank()) {
      where.add("lower(recipient) = lower(:recipient)");
      params.put("recipient", filter.recipient().strip());
    }
    if (filter.statuses() != null && !filter.statuses().isEmpty()) {
      where.add("status in :statuses");
      params.put("statuses", filter.statuses());
    }
    if (filter.after() != null) {
      Cursor.Position position = Cursor.decodePosition(filter.after());
      where.add(Keyset.after(NEWEST_FIRST, List.of(position.at(), position.id()), true, params));
    }
    String query =
        (where.isEmpty() ? "" : String.join(" and ", where)) + " order by createdAt desc, id desc";
    List<Delivery> rows = Delivery.<Delivery>find(query, params).page(0, filter.limit() + 1).list();
    return Page.fromLookahead(
        rows, filter.limit(), last -> List.of(last.createdAt.toString(), last.id.toString()));
  }

  /**
   * @throws ProblemException 404 when there is no delivery {@code id}
   */
  public Delivery find(UUID id) {
    Delivery delivery = Delivery.findById(id);
    if (delivery == null) {
      throw ProblemException.notFound("Delivery", id.toString());
    }
    return delivery;
  }
}
