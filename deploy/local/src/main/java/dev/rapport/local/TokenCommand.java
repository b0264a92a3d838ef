package dev.rapport.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code token --sub <userName> --roles <r1,r2> [--ttl 8h]}: prints a development token. */
final class TokenCommand {
  static final Duration DEFAULT_TTL = Duration.ofHours(8);

  private TokenCommand() {}

  static int run(List<String> arguments, Path stateDirectory, PrintStream out) {
    CommandLine line = CommandLine.parse(arguments, Set.of("--sub", "--roles", "--ttl"), Set.of());
    Set<String> roles =
        Arrays.stream(line.required("--roles").split(","))
            .map(String::trim)
            .filter(r -> !r.isEmpty())
            .collect(Collectors.toCollection(LinkedHashSet::new));
    Duration ttl = line.value("--ttl").map(CommandLine::duration).orElse(DEFAULT_TTL);
    try {
      out.println(
          DevTokens.issue(keyDirectory(stateDirectory), line.required("--sub"), roles, ttl));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.UsageException(e.getMessage());
    }
    return 0;
  }

  static Path keyDirectory(Path stateDirectory) {
    return stateDirectory.resolve("jwt");
  }
}
