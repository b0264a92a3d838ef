package dev.rapport.support.query;

import java.util.List;
import java.util.Map;

/**
 * The keyset-pagination predicate: the rows that come after a position in an order by several
 * columns, all ascending or all descending ({@code (a, b) > (:a, :b)} written out, which every HQL
 * and index handles). The last column must be unique (an id) so that no row is skipped or repeated
 * between pages.
 */
public final class Keyset {
  private Keyset() {}

  /**
   * The predicate for rows after {@code position} in the order of {@code columns}; its parameters
   * ({@code keyset0}, {@code keyset1}, ...) are put into {@code parameters}.
   *
   * <p>For columns {@code [createdAt, id]} descending: {@code (createdAt < :keyset0 or (createdAt =
   * :keyset0 and id < :keyset1))}.
   */
  public static String after(
      List<String> columns, List<?> position, boolean descending, Map<String, Object> parameters) {
    if (columns.isEmpty() || columns.size() != position.size()) {
      throw new IllegalArgumentException("one position value per column, at least one");
    }
    String comparison = descending ? " < " : " > ";
    StringBuilder predicate = new StringBuilder();
    int last = columns.size() - 1;
    for (int i = last; i >= 0; i--) {
      String parameter = ":keyset" + i;
      parameters.put("keyset" + i, position.get(i));
      String strictly = columns.get(i) + comparison + parameter;
      predicate =
          i == last
              ? new StringBuilder(strictly)
              : new StringBuilder("(")
                  .append(strictly)
                  .append(" or (")
                  .append(columns.get(i))
                  .append(" = ")
                  .append(parameter)
                  .append(" and ")
                  .append(predicate)
                  .append("))");
    }
    return columns.size() == 1 ? "(" + predicate + ")" : predicate.toString();
  }
}
