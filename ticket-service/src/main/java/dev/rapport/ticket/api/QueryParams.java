package dev.rapport.ticket.api;

import dev.rapport.support.problem.ProblemException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Parses query and path parameters by hand, because JAX-RS answers a parameter it cannot convert
 * with a bare 404; a portal developer needs a 400 that names the parameter instead.
 */
final class QueryParams {
  private QueryParams() {}

  /**
   * Values given repeated or comma-separated; unknown names are a 400 listing the accepted ones.
   */
  static <E extends Enum<E>> List<E> enums(Class<E> type, String name, List<String> raw) {
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

  static <E extends Enum<E>> E enumOrNull(Class<E> type, String name, String raw) {
    return raw == null || raw.isBlank() ? null : enumValue(type, name, raw.strip());
  }

  static UUID uuidOrNull(String name, String raw) {
    return raw == null || raw.isBlank() ? null : uuid(name, raw);
  }

  static UUID uuid(String name, String raw) {
    try {
      return UUID.fromString(raw);
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest(
          "invalid-parameter", name + " must be a UUID; got '" + raw + "'.");
    }
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
    try {
      return Enum.valueOf(type, value.toUpperCase());
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
