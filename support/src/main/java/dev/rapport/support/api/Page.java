package dev.rapport.support.api;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a keyset-paginated list. {@code nextCursor} is null on the last page; pass it as
 * {@code after} to get the next one.
 */
public record Page<T>(
    @Schema(required = true) List<T> items,
    @Schema(nullable = true, description = "Pass as after for the next page; null on the last page")
        String nextCursor) {
  /** Items per page when the caller names no {@code limit}; the same on every list. */
  public static final int DEFAULT_LIMIT = 50;

  /** {@link #DEFAULT_LIMIT} as annotations ({@code @DefaultValue}) need it. */
  public static final String DEFAULT_LIMIT_TEXT = "50";

  /** The most items a page may hold; a larger {@code limit} is a 400 naming it. */
  public static final int MAX_LIMIT = 200;

  /**
   * The page from rows read with one more than {@code limit}: that extra row only says whether a
   * next page exists. The cursor holds {@code cursorValues} of the last row kept.
   */
  public static <T> Page<T> fromLookahead(
      List<T> rows, int limit, Function<T, List<String>> cursorValues) {
    if (rows.size() <= limit) {
      return new Page<>(List.copyOf(rows), null);
    }
    List<T> kept = List.copyOf(rows.subList(0, limit));
    return new Page<>(kept, Cursor.encode(cursorValues.apply(kept.get(limit - 1))));
  }

  /** The same page with each item turned into {@code mapper}'s result. */
  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), nextCursor);
  }
}
