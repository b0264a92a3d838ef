package dev.rapport.local;

import dev.rapport.events.Topics;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code up [--fresh]}: PostgreSQL, Kafka and every built service on this machine until Ctrl-C or
 * SIGTERM. State lives in {@code .rapport/} under the project root and survives restarts.
 */
final class UpCommand {
  static final int POSTGRES_PORT = 15432;
  static final int KAFKA_PORT = 19092;
  static final int SMTP_PORT = 2525;
  static final int WEBHOOK_SINK_PORT = 8089;
  private static final int PARTITIONS = 3;
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

  private final Path root;
  private final Path state;
  private final Map<String, String> environment;
  private final PrintStream out;
  private final Suite suite = new Suite();
  private MailCatcher mail;
  private HttpReceiver webhookSink;

  UpCommand(Path root, Map<String, String> environment, PrintStream out) {
    this.root = root;
    this.state = root.resolve(".rapport");
    this.environment = environment;
    this.out = out;
  }

  /** Returns only when start-up failed (the exit code); a running suite ends with the JVM. */
  int run(List<String> arguments) throws InterruptedException {
    boolean fresh = CommandLine.parse(arguments, Set.of(), Set.of("--fresh")).flag("--fresh");
    int postgresPort = Environment.port(environment, Environment.POSTGRES_PORT, POSTGRES_PORT);
    int kafkaPort = Environment.port(environment, Environment.KAFKA_PORT, KAFKA_PORT);
    Map<ServiceSpec, Integer> services = builtServices();

    Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "rapport-stop"));
    if (fresh) {
      LocalInfrastructure.deleteRecursively(state.resolve("pg"));
      LocalInfrastructure.deleteRecursively(state.resolve("kafka"));
      out.println("--fresh: removed the databases and Kafka topics kept in .rapport/");
    }
    out.printf("Starting PostgreSQL (port %d) and Kafka (port %d)...%n", postgresPort, kafkaPort);
    long started = System.nanoTime();
    LocalInfrastructure infrastructure = startInfrastructure(postgresPort, kafkaPort);
    infrastructure.kafka().createTopics(Topics.ALL, PARTITIONS);
    Path publicKey = DevTokens.ensureKeyPair(TokenCommand.keyDirectory(state));
    out.printf("PostgreSQL and Kafka ready in %.1f s%n", secondsSince(started));
    startCatchers();

    if (services.isEmpty()) {
      out.println("No service module has been built yet; ./rapport builds them.");
    } else {
      long servicesStarted = System.nanoTime();
      try {
        startServices(services, infrastructure, publicKey);
      } catch (IllegalStateException e) {
        out.println();
        out.println("rapport: " + e.getMessage());
        return 1; // the shutdown hook stops what did start
      }
      out.printf("Services ready in %.1f s%n", secondsSince(servicesStarted));
    }
    new Summary(root, out).print(services, infrastructure, mail, webhookSink);
    new CountDownLatch(1).await(); // until Ctrl-C or SIGTERM; the shutdown hook stops the suite
    return 0;
  }

  private Map<ServiceSpec, Integer> builtServices() {
    Map<ServiceSpec, Integer> built = new LinkedHashMap<>();
    for (ServiceSpec spec : ServiceSpec.ALL) {
      if (Files.exists(spec.runnableJar(root))) {
        built.put(spec, spec.port(environment));
      }
    }
    return built;
  }

  private LocalInfrastructure startInfrastructure(int postgresPort, int kafkaPort) {
    try {
      LocalInfrastructure infrastructure =
          LocalInfrastructure.start(state, postgresPort, kafkaPort);
      suite.started(infrastructure);
      return infrastructure;
    } catch (Ports.PortInUseException e) {
      String variable =
          e.port() == postgresPort ? Environment.POSTGRES_PORT : Environment.KAFKA_PORT;
      throw new IllegalStateException(
          e.getMessage() + "; " + variable + " moves it (Kafka's controller uses the next port)",
          e);
    }
  }

  /**
   * A real SMTP server that keeps what the services send (notification-service mails to it), and an
   * HTTP endpoint to point chat or webhook subscriptions at; both write what they receive under
   * .rapport/ for a person to read.
   */
  private void startCatchers() {
    int smtpPort = Environment.port(environment, Environment.SMTP_PORT, SMTP_PORT);
    int sinkPort = Environment.port(environment, Environment.WEBHOOK_SINK_PORT, WEBHOOK_SINK_PORT);
    try {
      mail = MailCatcher.start(smtpPort, state.resolve("mail"));
      suite.started(mail);
      webhookSink = HttpReceiver.start(sinkPort).dumpTo(state.resolve("webhooks"));
      suite.started(webhookSink);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "Cannot start the mail catcher on "
              + smtpPort
              + " or the webhook sink on "
              + sinkPort
              + " ("
              + e.getMessage()
              + "); "
              + Environment.SMTP_PORT
              + " and "
              + Environment.WEBHOOK_SINK_PORT
              + " move them",
          e);
    }
  }

  private void startServices(
      Map<ServiceSpec, Integer> services, LocalInfrastructure infrastructure, Path publicKey) {
    out.println(
        "Starting "
            + String.join(", ", services.keySet().stream().map(ServiceSpec::module).toList())
            + "...");
    Map<String, String> shared = new HashMap<>();
    shared.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafka().bootstrapServers());
    shared.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toString());
    shared.put("MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER);
    shared.put(
        DevTokens.AUDIENCE_VARIABLE,
        environment.getOrDefault(DevTokens.AUDIENCE_VARIABLE, DevTokens.AUDIENCE));
    shared.put("RAPPORT_SMTP_HOST", mail.host());
    shared.put("RAPPORT_SMTP_PORT", Integer.toString(mail.port()));
    // notification-service: secrets of this installation (never the development defaults), and
    // the allow-list that lets it post to the local webhook sink on loopback over http.
    shared.putAll(InstallationSecrets.ensure(state));
    shared.put("RAPPORT_OUTBOUND_ALLOW", "127.0.0.1"); // where HttpReceiver listens
    // Every service learns where the others are; the gateway needs them.
    services.forEach((spec, port) -> shared.put(spec.urlVariable(), ServiceProcess.url(port)));

    List<ServiceProcess> processes =
        services.entrySet().stream()
            .map(service -> start(service.getKey(), service.getValue(), shared, infrastructure))
            .toList();
    for (ServiceProcess process : processes) {
      process.awaitReady(READY_TIMEOUT);
      out.println("  " + process.spec().module() + " is ready");
    }
    processes.forEach(this::reportUnexpectedExit);
  }

  private ServiceProcess start(
      ServiceSpec spec, int port, Map<String, String> shared, LocalInfrastructure infrastructure) {
    Map<String, String> environment = new HashMap<>(shared);
    environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
    if (spec.ownsDatabase()) {
      infrastructure.postgres().createDatabase(spec.database());
      environment.put(
          "QUARKUS_DATASOURCE_JDBC_URL", infrastructure.postgres().jdbcUrl(spec.database()));
      environment.put("QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgresServer.USER);
      environment.put("QUARKUS_DATASOURCE_PASSWORD", EmbeddedPostgresServer.PASSWORD);
    }
    ServiceProcess process =
        ServiceProcess.start(spec, root, port, environment, state.resolve("logs"));
    suite.started(process);
    return process;
  }

  private void reportUnexpectedExit(ServiceProcess service) {
    service
        .process()
        .onExit()
        .thenAccept(
            exited -> {
              if (!suite.isStopping()) {
                out.printf(
                    "rapport: %s stopped (exit code %d); see %s%n",
                    service.spec().module(),
                    exited.exitValue(),
                    root.relativize(service.logFile()));
              }
            });
  }

  private void stop() {
    if (!suite.hasStarted()) {
      return;
    }
    out.println();
    out.println("Stopping services, Kafka and PostgreSQL...");
    suite.stop();
    out.println("Stopped.");
  }

  private static double secondsSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
