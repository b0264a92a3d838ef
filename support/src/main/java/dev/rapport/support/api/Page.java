package dev.rapport.support.api;

import java.util.List;

/**
 * One page of a keyset-paginated list. {@code nextCursor} is null on the last page; pass it as
 * {@code after} to get the next one.
 */
public record Page<T>(List<T> items, String nextCursor) {}
