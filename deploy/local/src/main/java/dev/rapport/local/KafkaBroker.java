package dev.rapport.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A real Apache Kafka broker: one combined KRaft node (broker and controller) in its own JVM. It
 * can be stopped and started again on the same ports and log directory, which is how tests prove
 * that events wait while Kafka is down.
 *
 * <p>Its directory holds {@code server.properties}, the log directory {@code data/} and {@code
 * broker.log} (WARN and above; nothing goes to our stdout).
 */
public final class KafkaBroker implements AutoCloseable {
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
  private static final List<String> JVM_OPTIONS =
      List.of("-Xmx384m", "-XX:+UseSerialGC", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");

  private final Path directory;
  private final int port;
  private final int controllerPort;
  private Process process;
  private Lifeline lifeline;
  // One per run: each Admin client logs its whole configuration when it is made.
  private Admin admin;

  private KafkaBroker(Path directory, int port, int controllerPort) {
    this.directory = directory.toAbsolutePath();
    this.port = port;
    this.controllerPort = controllerPort;
  }

  /**
   * A broker (not yet started) listening on {@code port}, its controller on the port after it; with
   * port 0 both are free ports chosen now and kept for every later start.
   */
  public static KafkaBroker create(Path directory, int port) {
    return port == 0
        ? new KafkaBroker(directory, Ports.resolve(0), Ports.resolve(0))
        : new KafkaBroker(directory, port, port + 1);
  }

  /** Starts the broker unless it runs, and returns once it answers an Admin client. */
  public synchronized KafkaBroker start() {
    if (isRunning()) {
      return this;
    }
    stop(); // tidies up after a broker that died on its own
    Ports.requireFree(port, "Kafka");
    Ports.requireFree(controllerPort, "the Kafka controller");
    try {
      Files.createDirectories(dataDirectory());
      Path properties = writeProperties();
      String classpath = BrokerClasspath.get();
      formatStorageOnce(classpath, properties);
      process = startJava(classpath, List.of("kafka.Kafka", properties.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the Kafka broker in " + directory, e);
    }
    lifeline = Lifeline.attach(process.pid(), "TERM");
    awaitReady();
    return this;
  }

  /** Stops the broker (a clean shutdown); its data stays for the next {@link #start()}. */
  public synchronized void stop() {
    if (process == null) {
      return;
    }
    closeAdmin();
    lifeline.release();
    process.destroy();
    Java.awaitExit(process, STOP_TIMEOUT);
    process = null;
  }

  @Override
  public void close() {
    stop();
  }

  public synchronized boolean isRunning() {
    return process != null && process.isAlive();
  }

  public int port() {
    return port;
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  public Path logFile() {
    return directory.resolve("broker.log");
  }

  /** Creates the topics that do not exist yet, each with {@code partitions} partitions. */
  public synchronized void createTopics(List<String> names, int partitions) {
    if (!isRunning()) {
      throw new IllegalStateException("The Kafka broker is not running");
    }
    // Broker append time on each record, so that lag can be read off the topic itself.
    List<NewTopic> topics =
        names.stream()
            .map(
                n ->
                    new NewTopic(n, partitions, (short) 1)
                        .configs(Map.of("message.timestamp.type", "LogAppendTime")))
            .toList();
    try {
      for (Map.Entry<String, KafkaFuture<Void>> created :
          admin().createTopics(topics).values().entrySet()) {
        try {
          created.getValue().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw new IllegalStateException(
                "Cannot create topic " + created.getKey(), e.getCause());
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while creating topics", e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("Kafka did not create topics " + names + " in 30 s", e);
    }
  }

  private Path dataDirectory() {
    return directory.resolve("data");
  }

  private Path writeProperties() throws IOException {
    Properties p = new Properties();
    p.setProperty("process.roles", "broker,controller");
    p.setProperty("node.id", "1");
    p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
    p.setProperty(
        "listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
    p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
    p.setProperty("controller.listener.names", "CONTROLLER");
    p.setProperty("inter.broker.listener.name", "PLAINTEXT");
    p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.setProperty("log.dirs", dataDirectory().toString());
    // One node: every internal topic has one replica.
    p.setProperty("offsets.topic.replication.factor", "1");
    p.setProperty("transaction.state.log.replication.factor", "1");
    p.setProperty("transaction.state.log.min.isr", "1");
    p.setProperty("share.coordinator.state.topic.replication.factor", "1");
    p.setProperty("share.coordinator.state.topic.min.isr", "1");
    // Consumers in tests join at once instead of waiting 3 s for company.
    p.setProperty("group.initial.rebalance.delay.ms", "0");
    p.setProperty("auto.create.topics.enable", "true");
    p.setProperty("num.partitions", "3");
    Path file = directory.resolve("server.properties");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      p.store(out, "Written by rapport-local on every start");
    }
    return file;
  }

  /** KRaft needs a formatted log directory; formatting is a JVM start, so only the first time. */
  private void formatStorageOnce(String classpath, Path properties) throws IOException {
    if (Files.exists(dataDirectory().resolve("meta.properties"))) {
      return;
    }
    List<String> arguments =
        List.of(
            "kafka.tools.StorageTool",
            "format",
            "-t",
            Uuid.randomUuid().toString(),
            "-c",
            properties.toString(),
            "--ignore-formatted");
    Process format = startJava(classpath, arguments);
    try {
      if (!format.waitFor(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        format.destroyForcibly();
        throw new IllegalStateException("Formatting Kafka storage took over " + READY_TIMEOUT);
      }
    } catch (InterruptedException e) {
      format.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while formatting Kafka storage", e);
    }
    if (format.exitValue() != 0) {
      throw new IllegalStateException(
          "Formatting Kafka storage failed; last lines of " + logFile() + ":\n" + tail());
    }
  }

  private Process startJava(String classpath, List<String> mainAndArguments) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Java.executable());
    command.addAll(JVM_OPTIONS);
    command.add("-cp");
    command.add(classpath);
    command.addAll(mainAndArguments);
    return new ProcessBuilder(command)
        .directory(directory.toFile())
        .redirectErrorStream(true)
        .redirectOutput(Redirect.appendTo(logFile().toFile()))
        .start();
  }

  private void awaitReady() {
    Instant deadline = Instant.now().plus(READY_TIMEOUT);
    while (!(Ports.accepts(port) && answers())) {
      if (!process.isAlive()) {
        String tail = tail();
        stop();
        throw new IllegalStateException(
            "The Kafka broker exited while starting; last lines of " + logFile() + ":\n" + tail);
      }
      if (Instant.now().isAfter(deadline)) {
        stop();
        throw new IllegalStateException(
            "The Kafka broker did not answer within " + READY_TIMEOUT + "; see " + logFile());
      }
      pause();
    }
  }

  /**
   * Ready: the node answers and every partition has a leader (after a restart they come back one by
   * one, and a client would wait for the missing ones).
   */
  private boolean answers() {
    try {
      if (admin().describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
        return false;
      }
      Set<String> topics = admin().listTopics().names().get(5, TimeUnit.SECONDS);
      return admin()
          .describeTopics(topics)
          .allTopicNames()
          .get(5, TimeUnit.SECONDS)
          .values()
          .stream()
          .flatMap(topic -> topic.partitions().stream())
          .allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty());
    } catch (ExecutionException | TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for Kafka", e);
    }
  }

  /** Made once the port is open, so that it does not log connection failures while we wait. */
  private Admin admin() {
    if (admin == null) {
      admin =
          Admin.create(
              Map.of(
                  AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                  bootstrapServers(),
                  AdminClientConfig.CLIENT_ID_CONFIG,
                  "rapport-local",
                  AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                  5_000,
                  AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                  10_000));
    }
    return admin;
  }

  private void closeAdmin() {
    if (admin != null) {
      admin.close(Duration.ofSeconds(5));
      admin = null;
    }
  }

  private String tail() {
    return LogTail.of(logFile(), 30);
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for Kafka", e);
    }
  }
}
