package dev.rapport.support.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.support.input.InputRules;
import dev.rapport.support.problem.FieldError;
import dev.rapport.support.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Opaque keyset cursors: the sort-key values of the last row of a page, URL-safe base64. A cursor
 * that does not decode is a 400 problem ("invalid-cursor"), never a 500.
 */
public final class Cursor {
  public static final String INVALID_CURSOR = "invalid-cursor";

  /** Far more than a few sort keys need; anything longer was not made by {@link #encode}. */
  private static final int MAX_LENGTH = 2048;

  // A private mapper: a cursor is a flat array of strings, no application settings apply.
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private Cursor() {}

  /** The values may include nulls (a nullable sort key); they come back as nulls. */
  public static String encode(List<String> keyValues) {
    try {
      byte[] json = JSON.writeValueAsBytes(keyValues);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a list of strings always serialises", e);
    }
  }

  /**
   * @throws dev.rapport.support.problem.ProblemException 400 when malformed or of another arity
   */
  public static List<String> decode(String cursor, int expectedValues) {
    if (cursor == null || cursor.isBlank() || cursor.length() > MAX_LENGTH) {
      throw invalid();
    }
    List<String> values;
    try {
      byte[] json = Base64.getUrlDecoder().decode(cursor.strip());
      values = JSON.readValue(new String(json, StandardCharsets.UTF_8), STRINGS);
    } catch (IllegalArgumentException | JsonProcessingException e) {
      throw invalid();
    }
    if (values == null || values.size() != expectedValues) {
      throw invalid();
    }
    for (String value : values) {
      // Crafted values must not reach a query: PostgreSQL refuses NUL in text with an error.
      if (value != null && !InputRules.isAcceptableParameter(value)) {
        throw invalid();
      }
    }
    return values;
  }

  /**
   * A cursor value that must be an instant PostgreSQL can compare with (years 1 to 9999).
   *
   * @throws dev.rapport.support.problem.ProblemException 400 when it is not one
   */
  public static Instant instant(String value) {
    try {
      Instant instant = Instant.parse(value);
      if (InputRules.isInRange(instant)) {
        return instant;
      }
    } catch (RuntimeException e) {
      // refused below
    }
    throw invalid();
  }

  /**
   * A cursor value that must be a UUID.
   *
   * @throws dev.rapport.support.problem.ProblemException 400 when it is not one
   */
  public static UUID uuid(String value) {
    try {
      return UUID.fromString(value);
    } catch (RuntimeException e) {
      throw invalid();
    }
  }

  /** The usual position of a list ordered by time: the last row's instant, then its id. */
  public record Position(Instant at, UUID id) {}

  /**
   * A cursor of a {@link Position}, made by {@code encode(List.of(at.toString(), id.toString()))}.
   *
   * @throws dev.rapport.support.problem.ProblemException 400 when it is not one
   */
  public static Position decodePosition(String cursor) {
    List<String> values = decode(cursor, 2);
    return new Position(instant(values.get(0)), uuid(values.get(1)));
  }

  /**
   * A cursor of one number (a sequence id or a position), made by {@code
   * encode(List.of(Long.toString(n)))}.
   *
   * @throws dev.rapport.support.problem.ProblemException 400 when it is not one
   */
  public static long decodeNumber(String cursor) {
    try {
      return Long.parseLong(decode(cursor, 1).get(0));
    } catch (NumberFormatException e) {
      throw invalid();
    }
  }

  /** The 400 for a cursor this service did not make, naming the {@code after} parameter. */
  public static ProblemException invalid() {
    return ProblemException.badRequest(
        INVALID_CURSOR,
        "The after cursor is not valid; pass the nextCursor of a previous page unchanged",
        new FieldError("after", "is not a cursor of this list; pass nextCursor unchanged"));
  }
}
