package dev.rapport.local.openapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Lints an OpenAPI document with Redocly's CLI (pinned here, fetched by npx on first use) and the
 * repository's {@code redocly.yaml}. Node and npm are not Java dependencies, hence a process.
 */
public final class RedoclyLint {
  /** The pinned Redocly CLI; a new version may bring new rules, so it changes on purpose only. */
  public static final String CLI = "@redocly/cli@2.77.0";

  private RedoclyLint() {}

  /**
   * Runs {@code npx --yes @redocly/cli@… lint --config <root>/redocly.yaml document}.
   *
   * @throws AssertionError with Redocly's report when it finds errors, or naming node and npm when
   *     npx is missing
   */
  public static void assertClean(Path document) {
    Path config = repositoryRoot().resolve("redocly.yaml");
    List<String> command =
        List.of(
            "npx",
            "--yes",
            CLI,
            "lint",
            "--config",
            config.toString(),
            "--format",
            "stylish",
            document.toAbsolutePath().toString());
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new AssertionError(
          "The OpenAPI lint needs npx (Node.js and npm: e.g. `apt-get install nodejs npm`): "
              + e.getMessage(),
          e);
    }
    try {
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("redocly lint did not finish within 5 minutes:\n" + output);
      }
      if (process.exitValue() != 0) {
        throw new AssertionError(
            "redocly lint of "
                + document
                + " failed ("
                + String.join(" ", command)
                + "):\n"
                + output);
      }
      System.out.println(output);
    } catch (IOException e) {
      throw new AssertionError("Could not read redocly's output", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted while linting", e);
    }
  }

  /** The nearest directory above the working directory that holds redocly.yaml. */
  static Path repositoryRoot() {
    Path directory = Path.of("").toAbsolutePath();
    for (Path d = directory; d != null; d = d.getParent()) {
      if (Files.exists(d.resolve("redocly.yaml"))) {
        return d;
      }
    }
    throw new AssertionError("No redocly.yaml in " + directory + " or above");
  }
}
