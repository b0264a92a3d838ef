package dev.rapport.local;

import dev.rapport.events.Topics;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** What {@code ./rapport up} prints once everything answers: where things are, how to call them. */
final class Summary {
  private final Path root;
  private final PrintStream out;

  Summary(Path root, PrintStream out) {
    this.root = root;
    this.out = out;
  }

  void print(
      Map<ServiceSpec, Integer> services,
      LocalInfrastructure infrastructure,
      MailCatcher mail,
      HttpReceiver webhookSink) {
    out.println();
    out.println("Rapport is up.");
    services.forEach((spec, port) -> printService(spec, port, infrastructure));
    out.println();
    line(
        "PostgreSQL",
        "localhost:" + infrastructure.postgres().port() + "  (user postgres, no password needed)");
    line(
        "Kafka",
        infrastructure.kafka().bootstrapServers()
            + "  (topics "
            + String.join(", ", Topics.ALL)
            + ")");
    line(
        "Mail catcher",
        "smtp://"
            + mail.host()
            + ":"
            + mail.port()
            + "  (what is sent lands in "
            + shown(infrastructure.stateDirectory().resolve("mail"))
            + "/ as .eml files)");
    line(
        "Webhook sink",
        webhookSink.url("/hooks/demo")
            + "  (any path; requests land in "
            + shown(infrastructure.stateDirectory().resolve("webhooks"))
            + "/)");
    line(
        "Logs",
        shown(infrastructure.stateDirectory().resolve("logs"))
            + "/  and the broker's "
            + shown(infrastructure.kafka().logFile()));
    line(
        "Data",
        shown(infrastructure.stateDirectory())
            + "/ is kept across restarts; ./rapport up --fresh starts empty");
    out.println();
    out.println(
        "Get a token (roles: requester, agent, lead, admin, integration) and call the API:");
    out.println("  TOKEN=$(./rapport token --sub alice --roles requester)");
    out.println("  curl -H \"Authorization: Bearer $TOKEN\" " + ticketsUrl(services));
    out.println();
    out.println("Ctrl-C stops everything.");
  }

  private void printService(ServiceSpec spec, int port, LocalInfrastructure infrastructure) {
    String url = ServiceProcess.url(port);
    out.println();
    line(spec.module(), url);
    line("  Swagger UI", url + "/q/swagger-ui");
    line("  OpenAPI", url + "/q/openapi");
    line("  Health", url + "/q/health");
    if (spec.ownsDatabase()) {
      line("  Database", infrastructure.postgres().jdbcUrl(spec.database()));
    }
    line("  Log", shown(infrastructure.stateDirectory().resolve("logs/" + spec.module() + ".log")));
  }

  /** Through the gateway when it runs, else straight to ticket-service. */
  private static String ticketsUrl(Map<ServiceSpec, Integer> services) {
    int port =
        portOf(services, "gateway")
            .or(() -> portOf(services, "ticket-service"))
            .orElse(ServiceSpec.ALL.get(0).defaultPort());
    return ServiceProcess.url(port) + "/api/v1/tickets";
  }

  private static Optional<Integer> portOf(Map<ServiceSpec, Integer> services, String module) {
    return services.entrySet().stream()
        .filter(service -> service.getKey().module().equals(module))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  private void line(String label, String value) {
    out.printf("  %-22s %s%n", label, value);
  }

  private String shown(Path path) {
    return path.startsWith(root) ? root.relativize(path).toString() : path.toString();
  }
}
