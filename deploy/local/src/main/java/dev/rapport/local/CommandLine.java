package dev.rapport.local;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The options after a command: {@code --name value}, {@code --name=value} and flags. */
final class CommandLine {
  /** Bad input from the user: the launcher prints the message and the usage, and exits with 2. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  private final Map<String, String> values = new HashMap<>();

  private CommandLine() {}

  /**
   * Parses {@code arguments}, accepting only {@code options} (which take a value) and {@code
   * flags}.
   */
  static CommandLine parse(List<String> arguments, Set<String> options, Set<String> flags) {
    CommandLine line = new CommandLine();
    for (int i = 0; i < arguments.size(); i++) {
      String argument = arguments.get(i);
      int equals = argument.indexOf('=');
      String name = equals > 0 ? argument.substring(0, equals) : argument;
      if (flags.contains(name) && equals < 0) {
        line.values.put(name, "true");
      } else if (options.contains(name)) {
        String value;
        if (equals > 0) {
          value = argument.substring(equals + 1);
        } else if (i + 1 < arguments.size()) {
          value = arguments.get(++i);
        } else {
          throw new UsageException(name + " needs a value");
        }
        line.values.put(name, value);
      } else {
        throw new UsageException("Unknown argument: " + argument);
      }
    }
    return line;
  }

  boolean flag(String name) {
    return values.containsKey(name);
  }

  Optional<String> value(String name) {
    return Optional.ofNullable(values.get(name));
  }

  String required(String name) {
    return value(name)
        .filter(v -> !v.isBlank())
        .orElseThrow(() -> new UsageException(name + " is required"));
  }

  /** {@code 8h}, {@code 30m}, {@code 90s}, {@code 2d} or ISO-8601 such as {@code PT8H}. */
  static Duration duration(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    try {
      if (t.startsWith("p")) {
        return Duration.parse(t.toUpperCase(Locale.ROOT));
      }
      long amount = Long.parseLong(t.substring(0, t.length() - 1));
      switch (t.charAt(t.length() - 1)) {
        case 's':
          return Duration.ofSeconds(amount);
        case 'm':
          return Duration.ofMinutes(amount);
        case 'h':
          return Duration.ofHours(amount);
        case 'd':
          return Duration.ofDays(amount);
        default:
          break;
      }
    } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
      // reported below
    }
    throw new UsageException("Not a duration: " + text + " (use e.g. 30m, 8h, 2d or PT8H)");
  }
}
