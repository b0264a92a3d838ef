package dev.rapport.local.openapi;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Cursors a client could craft: valid base64 of garbage, wrong value counts, absurd values. */
final class FuzzCursors {
  private FuzzCursors() {}

  static List<String> garbage() {
    return List.of(
        "!!!not-base64!!!",
        encode("garbage that is not JSON"),
        encode("{\"a\":1}"),
        encode("[]"),
        encode("[\"a\"]"),
        encode("[\"a\",\"b\",\"c\",\"d\"]"),
        encode("[\"a\\u0000\",\"b\"]"),
        encode("[\"+9999999-01-01T00:00:00Z\",\"00000000-0000-0000-0000-000000000000\"]"),
        encode("[\"99999999999999999999999\",\"99999999999999999999999\"]"),
        encode("[null,null]"));
  }

  private static String encode(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
