package dev.rapport.support.api;

import dev.rapport.support.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Optimistic concurrency over HTTP: the version of a resource as a strong ETag. */
public final class ETags {
  public static final String MALFORMED_IF_MATCH = "malformed-if-match";

  private ETags() {}

  /** {@code "\"7\""} for version 7. */
  public static String of(long version) {
    return "\"" + version + "\"";
  }

  /**
   * Does nothing when {@code ifMatch} is null or {@code *}; otherwise throws a 412 problem when no
   * listed entity tag equals the current version, and a 400 problem when the header is malformed.
   */
  public static void checkIfMatch(String ifMatch, long currentVersion) {
    if (ifMatch == null || ifMatch.strip().equals("*")) {
      return;
    }
    String current = Long.toString(currentVersion);
    // Weak tags (W/"7") are compared by their value too: proxies weaken tags they re-encode.
    for (String opaqueTag : opaqueTags(ifMatch)) {
      if (opaqueTag.equals(current)) {
        return;
      }
    }
    throw new ProblemException(
        412,
        "stale-version",
        "Precondition failed",
        "The resource has changed: its current ETag is "
            + of(currentVersion)
            + "; fetch it again and retry with that If-Match",
        Map.of("currentETag", of(currentVersion)));
  }

  /** The values between the quotes of each entity tag in an If-Match list (RFC 9110, 8.8.3). */
  static List<String> opaqueTags(String header) {
    List<String> tags = new ArrayList<>();
    int i = 0;
    int length = header.length();
    while (i < length) {
      i = skipWhitespace(header, i);
      if (i == length) {
        break;
      }
      if (header.charAt(i) == ',') {
        i++; // empty list elements are allowed
        continue;
      }
      if (header.startsWith("W/", i)) {
        i += 2;
      }
      if (i >= length || header.charAt(i) != '"') {
        throw malformed(header);
      }
      int close = header.indexOf('"', i + 1);
      if (close < 0) {
        throw malformed(header);
      }
      String opaque = header.substring(i + 1, close);
      if (!opaque.chars().allMatch(ETags::isEtagChar)) {
        throw malformed(header);
      }
      tags.add(opaque);
      i = skipWhitespace(header, close + 1);
      if (i < length && header.charAt(i) != ',') {
        throw malformed(header);
      }
    }
    if (tags.isEmpty()) {
      throw malformed(header);
    }
    return tags;
  }

  private static boolean isEtagChar(int c) {
    return c == 0x21 || (c >= 0x23 && c <= 0x7E) || c >= 0x80;
  }

  private static int skipWhitespace(String s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static ProblemException malformed(String header) {
    return ProblemException.badRequest(
        MALFORMED_IF_MATCH,
        "If-Match must be * or a list of entity tags such as \"7\", as sent in ETag; got: "
            + truncate(header));
  }

  private static String truncate(String header) {
    return header.length() <= 100 ? header : header.substring(0, 100) + "...";
  }
}
