package dev.rapport.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code token --sub <userName> --roles <r1,r2> [--ttl 8h] [--aud rapport]}: prints a development
 * token for the audience the services expect ({@code RAPPORT_JWT_AUDIENCE}, else {@code rapport}).
 */
final class TokenCommand {
  static final Duration DEFAULT_TTL = Duration.ofHours(8);

  private TokenCommand() {}

  static int run(
      List<String> arguments,
      Path stateDirectory,
      Map<String, String> environment,
      PrintStream out) {
    CommandLine line =
        CommandLine.parse(arguments, Set.of("--sub", "--roles", "--ttl", "--aud"), Set.of());
    Set<String> roles =
        Arrays.stream(line.required("--roles").split(","))
            .map(String::trim)
            .filter(r -> !r.isEmpty())
            .collect(Collectors.toCollection(LinkedHashSet::new));
    Duration ttl = line.value("--ttl").map(CommandLine::duration).orElse(DEFAULT_TTL);
    String audience =
        line.value("--aud")
            .orElse(environment.getOrDefault(DevTokens.AUDIENCE_VARIABLE, DevTokens.AUDIENCE));
    try {
      out.println(
          DevTokens.issue(
              keyDirectory(stateDirectory), line.required("--sub"), roles, ttl, audience));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.UsageException(e.getMessage());
    }
    return 0;
  }

  static Path keyDirectory(Path stateDirectory) {
    return stateDirectory.resolve("jwt");
  }
}
