package dev.rapport.skills.scim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.skills.scim.FilterSql.Condition;
import io.quarkus.hibernate.orm.panache.Panache;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * Index paging of SCIM lists (RFC 7644 §3.4.2.4): {@code startIndex} 1-based (below 1 is 1), {@code
 * count} default {@value Scim#DEFAULT_COUNT}, at most {@value Scim#MAX_RESULTS}, negative is 0
 * (only totalResults). Rows are ordered by creation, then id, so pages do not overlap.
 */
record ScimPaging(int startIndex, int count) {

  static ScimPaging of(String startIndex, String count) {
    int start = number("startIndex", startIndex, 1);
    int size = number("count", count, Scim.DEFAULT_COUNT);
    return new ScimPaging(Math.max(start, 1), Math.min(Math.max(size, 0), Scim.MAX_RESULTS));
  }

  /** {@code select <alias>.* from <table> <alias> where <condition>}, this page of it. */
  <T> Page<T> query(Class<T> entity, String table, String alias, Condition condition) {
    Session session = Panache.getEntityManager().unwrap(Session.class);
    String where = " from " + table + " " + alias + " where " + condition.sql();
    NativeQuery<Long> total = session.createNativeQuery("select count(*)" + where, Long.class);
    bind(total, condition.parameters());
    long totalResults = total.getSingleResult();
    if (count == 0 || totalResults < startIndex) {
      return new Page<>(totalResults, List.of());
    }
    int n = condition.parameters().size();
    NativeQuery<T> rows =
        session.createNativeQuery(
            "select "
                + alias
                + ".*"
                + where
                + " order by "
                + alias
                + ".created_at, "
                + alias
                + ".id limit ?"
                + (n + 1)
                + " offset ?"
                + (n + 2),
            entity);
    bind(rows, condition.parameters());
    rows.setParameter(n + 1, count);
    rows.setParameter(n + 2, startIndex - 1L);
    return new Page<>(totalResults, rows.getResultList());
  }

  /** One page and the number of matches in all. */
  record Page<T>(long totalResults, List<T> items) {}

  /** The ListResponse around representations of a page. */
  ObjectNode listResponse(long totalResults, List<ObjectNode> resources) {
    ObjectNode list = ScimJson.object();
    list.putArray("schemas").add(Scim.LIST_RESPONSE);
    list.put("totalResults", totalResults);
    list.put("itemsPerPage", resources.size());
    list.put("startIndex", startIndex);
    ArrayNode items = list.putArray("Resources");
    resources.forEach(items::add);
    return list;
  }

  private static void bind(NativeQuery<?> query, List<Object> parameters) {
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
  }

  private static int number(String name, String given, int absent) {
    if (given == null || given.isBlank()) {
      return absent;
    }
    try {
      return Integer.parseInt(given.strip());
    } catch (NumberFormatException e) {
      throw ScimProblems.invalidValue(name + " must be an integer; got '" + given + "'");
    }
  }
}
