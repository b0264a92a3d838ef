package dev.rapport.support.api;

import java.util.List;

/**
 * Opaque keyset cursors: the sort-key values of the last row of a page, URL-safe base64. A cursor
 * that does not decode is a 400 problem ("invalid-cursor"), never a 500.
 */
public final class Cursor {
  private Cursor() {}

  public static String encode(List<String> keyValues) {
    throw new UnsupportedOperationException("support: to be written");
  }

  /**
   * @throws dev.rapport.support.problem.ProblemException 400 when malformed or of another arity
   */
  public static List<String> decode(String cursor, int expectedValues) {
    throw new UnsupportedOperationException("support: to be written");
  }
}
