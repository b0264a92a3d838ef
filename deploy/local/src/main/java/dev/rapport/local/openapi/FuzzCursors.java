package dev.rapport.local.openapi;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Cursors a client could craft: valid base64 of garbage, wrong value counts, absurd values. */
final class FuzzCursors {
  private FuzzCursors() {}

  /** Cursors no list can have made: not base64, not a JSON array, no values, a NUL. */
  static List<String> refused() {
    return List.of(
        "!!!not-base64!!!",
        encode("garbage that is not JSON"),
        encode("{\"a\":1}"),
        encode("[]"),
        encode("[\"a\",\"b\",\"c\",\"d\",\"e\"]"),
        encode("[\"a\\u0000\"]"),
        encode("[\"a\\u0000\",\"b\"]"));
  }

  /** Well-formed cursors with values a list may not expect: garbage, far future, huge numbers. */
  static List<String> wellFormed() {
    return List.of(
        encode("[\"a\"]"),
        encode("[\"99999999999999999999999\"]"),
        encode("[\"a\",\"b\"]"),
        encode("[\"+9999999-01-01T00:00:00Z\",\"00000000-0000-0000-0000-000000000000\"]"),
        encode("[\"-290000-01-01T00:00:00Z\",\"00000000-0000-0000-0000-000000000000\"]"),
        encode("[\"99999999999999999999999\",\"99999999999999999999999\"]"),
        encode("[null,null]"));
  }

  private static String encode(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
