package dev.rapport.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One packaged Quarkus service in a JVM of its own, its output in a log file. */
final class ServiceProcess {
  /**
   * A small heap, and the JIT's scratch memory handed back to the OS once compilation calms down: a
   * laptop runs five services. RAPPORT_JAVA_OPTS replaces these.
   */
  private static final List<String> JVM_OPTIONS =
      List.of("-Xmx96m", "-XX:+UseSerialGC", "-XX:TrimNativeHeapInterval=5000");

  static final String JAVA_OPTIONS_VARIABLE = "RAPPORT_JAVA_OPTS";
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  private final ServiceSpec spec;
  private final int port;
  private final Path logFile;
  private final Process process;
  private final Lifeline lifeline;

  private ServiceProcess(ServiceSpec spec, int port, Path logFile, Process process) {
    this.spec = spec;
    this.port = port;
    this.logFile = logFile;
    this.process = process;
    this.lifeline = Lifeline.attach(process.pid(), "TERM");
  }

  /** Starts {@code spec}'s runnable jar with {@code environment} added to ours. */
  static ServiceProcess start(
      ServiceSpec spec, Path root, int port, Map<String, String> environment, Path logDirectory) {
    try {
      Ports.requireFree(port, spec.module());
    } catch (Ports.PortInUseException e) {
      throw new IllegalStateException(e.getMessage() + "; " + spec.portVariable() + " moves it", e);
    }
    Path logFile = logDirectory.resolve(spec.module() + ".log");
    try {
      Files.createDirectories(logDirectory);
      ProcessBuilder builder =
          new ProcessBuilder(command(spec.runnableJar(root)))
              .directory(root.resolve(spec.module()).toFile())
              .redirectErrorStream(true)
              .redirectOutput(Redirect.appendTo(logFile.toFile()));
      builder.environment().putAll(environment);
      // glibc gives every busy thread its own malloc arena; two keep a service's RSS in check.
      builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
      return new ServiceProcess(spec, port, logFile, builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + spec.module(), e);
    }
  }

  private static List<String> command(Path jar) {
    List<String> command = new ArrayList<>();
    command.add(Java.executable());
    String override = System.getenv(JAVA_OPTIONS_VARIABLE);
    command.addAll(
        override == null || override.isBlank()
            ? JVM_OPTIONS
            : List.of(override.trim().split("\\s+")));
    command.add("-jar");
    command.add(jar.toString());
    return command;
  }

  /** Waits until {@code /q/health/ready} answers 200; on failure the message holds the log tail. */
  void awaitReady(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
            .timeout(Duration.ofSeconds(2))
            .build();
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            spec.module() + " exited with code " + process.exitValue() + failureDetails());
      }
      if (answers(ready)) {
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            spec.module()
                + " was not ready within "
                + timeout.toSeconds()
                + " s"
                + failureDetails());
      }
      pause();
    }
  }

  private static boolean answers(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for services", e);
    }
  }

  private String failureDetails() {
    return "; last lines of " + logFile + ":\n" + LogTail.of(logFile, 40);
  }

  /** Asks the service to shut down; {@link #awaitStopped()} waits for it. */
  void requestStop() {
    lifeline.release();
    process.destroy();
  }

  void awaitStopped() {
    Java.awaitExit(process, STOP_TIMEOUT);
  }

  ServiceSpec spec() {
    return spec;
  }

  Process process() {
    return process;
  }

  Path logFile() {
    return logFile;
  }

  String url() {
    return url(port);
  }

  static String url(int port) {
    return "http://localhost:" + port;
  }

  private static void pause() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for services", e);
    }
  }
}
