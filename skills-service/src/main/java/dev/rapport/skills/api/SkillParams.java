package dev.rapport.skills.api;

import dev.rapport.support.problem.ProblemException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Query and path parameters of the skills, gaps and training APIs, parsed by hand: JAX-RS answers a
 * parameter it cannot convert with a bare 404, a portal developer needs a 400 naming it.
 */
final class SkillParams {
  private SkillParams() {}

  static UUID uuid(String name, String raw) {
    try {
      return UUID.fromString(raw.strip());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ProblemException.badRequest(
          "invalid-parameter", name + " must be a UUID; got '" + raw + "'.");
    }
  }

  static <E extends Enum<E>> E enumOrNull(Class<E> type, String name, String raw) {
    return raw == null || raw.isBlank() ? null : enumValue(type, name, raw.strip());
  }

  /** Values given repeated or comma-separated. */
  static <E extends Enum<E>> List<E> enums(Class<E> type, String name, List<String> raw) {
    List<E> values = new ArrayList<>();
    if (raw != null) {
      for (String item : raw) {
        for (String value : item.split(",")) {
          if (!value.isBlank()) {
            values.add(enumValue(type, name, value.strip()));
          }
        }
      }
    }
    return values;
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
