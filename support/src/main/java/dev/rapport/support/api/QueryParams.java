package dev.rapport.support.api;

import dev.rapport.support.problem.ProblemException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Parses query and path parameters by hand, because JAX-RS answers a parameter it cannot convert
 * with a bare 404; a portal developer needs a 400 ({@code invalid-parameter}) that names the
 * parameter instead. Surrounding blanks are ignored; enum values are matched without regard to
 * case.
 */
public final class QueryParams {
  private QueryParams() {}

  /**
   * Values given repeated or comma-separated; unknown names are a 400 listing the accepted ones.
   */
  public static <E extends Enum<E>> List<E> enums(Class<E> type, String name, List<String> raw) {
    List<E> values = new ArrayList<>();
    if (raw == null) {
      return values;
    }
    for (String item : raw) {
      for (String value : item.split(",")) {
        if (!value.isBlank()) {
          values.add(enumValue(type, name, value.strip()));
        }
      }
    }
    return values;
  }

  /** The value, or null when the parameter is absent or blank. */
  public static <E extends Enum<E>> E enumOrNull(Class<E> type, String name, String raw) {
    return raw == null || raw.isBlank() ? null : enumValue(type, name, raw.strip());
  }

  /**
   * true or false (any case), or null when absent or blank. JAX-RS's Boolean.valueOf would take any
   * other word, a typo included, as false.
   */
  public static Boolean booleanOrNull(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    return switch (raw.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default ->
          throw ProblemException.invalidParameter(name, "must be true or false; got '" + raw + "'");
    };
  }

  /** The UUID, or null when the parameter is absent or blank. */
  public static UUID uuidOrNull(String name, String raw) {
    return raw == null || raw.isBlank() ? null : uuid(name, raw);
  }

  /** The UUID; absent or not a UUID is a 400. */
  public static UUID uuid(String name, String raw) {
    try {
      return UUID.fromString(raw.strip());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ProblemException.badRequest(
          "invalid-parameter", name + " must be a UUID; got '" + raw + "'.");
    }
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest(
          "invalid-parameter",
          name
              + " must be one of "
              + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())
              + "; got '"
              + value
              + "'.");
    }
  }
}
