package dev.rapport.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code java -cp 'deploy/local/target/rapport-local.jar:deploy/local/target/lib/*'
 * dev.rapport.local.Launcher <command>}, which the {@code rapport} script at the project root runs
 * there (the working directory is the project root).
 */
public final class Launcher {
  static final String USAGE =
      """
      Usage: ./rapport <command>

        up [--fresh]     Start PostgreSQL, Kafka and every service that has been built, and
                         print their URLs. Ctrl-C stops them all. Data is kept in .rapport/;
                         --fresh starts with empty databases and topics.
        token --sub <userName> --roles <role,...> [--ttl 8h] [--aud rapport]
                         Print a development token (RS256 JWT) that the local suite accepts:
                         issuer rapport-local, audience RAPPORT_JWT_AUDIENCE (default rapport).
                         Roles: requester, agent, lead, admin, integration.
        help             Show this text.

      Ports (environment): RAPPORT_PG_PORT (15432), RAPPORT_KAFKA_PORT (19092),
        RAPPORT_GATEWAY_PORT (8080), RAPPORT_TICKET_PORT (8081), RAPPORT_NOTIFICATION_PORT (8082),
        RAPPORT_SKILLS_PORT (8083), RAPPORT_ENGAGEMENT_PORT (8084), RAPPORT_SMTP_PORT (2525, mail
        catcher), RAPPORT_WEBHOOK_SINK_PORT (8089).
      """;

  private Launcher() {}

  public static void main(String[] args) {
    // Libraries log through SLF4J (zonky, Kafka clients): only what needs attention.
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    System.exit(
        run(
            Arrays.asList(args),
            Path.of("").toAbsolutePath(),
            System.getenv(),
            System.out,
            System.err));
  }

  static int run(
      List<String> args,
      Path root,
      Map<String, String> environment,
      PrintStream out,
      PrintStream err) {
    String command = args.isEmpty() ? "" : args.get(0);
    List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
    try {
      switch (command) {
        case "up":
          return new UpCommand(root, environment, out).run(rest);
        case "token":
          return TokenCommand.run(rest, root.resolve(".rapport"), environment, out);
        case "help":
        case "--help":
        case "-h":
          out.print(USAGE);
          return 0;
        default:
          throw new CommandLine.UsageException(
              command.isEmpty() ? "No command given" : "Unknown command: " + command);
      }
    } catch (CommandLine.UsageException e) {
      err.println("rapport: " + e.getMessage());
      err.println();
      err.print(USAGE);
      return 2;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    } catch (RuntimeException e) {
      err.println("rapport: " + e.getMessage());
      return 1;
    }
  }
}
