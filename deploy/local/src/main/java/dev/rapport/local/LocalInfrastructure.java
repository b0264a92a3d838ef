package dev.rapport.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * PostgreSQL and Kafka together, started in parallel (each takes about as long as both). The state
 * directory holds {@code pg/} (PostgreSQL data), {@code kafka/} (broker) and {@code logs/}.
 */
public final class LocalInfrastructure implements AutoCloseable {
  private final Path stateDirectory;
  private final boolean temporary;
  private final EmbeddedPostgresServer postgres;
  private final KafkaBroker kafka;

  private LocalInfrastructure(
      Path stateDirectory, boolean temporary, EmbeddedPostgresServer postgres, KafkaBroker kafka) {
    this.stateDirectory = stateDirectory;
    this.temporary = temporary;
    this.postgres = postgres;
    this.kafka = kafka;
  }

  /**
   * Starts both with their state kept in {@code stateDirectory}; a port of 0 means any free one.
   */
  public static LocalInfrastructure start(Path stateDirectory, int postgresPort, int kafkaPort) {
    return start(stateDirectory.toAbsolutePath(), postgresPort, kafkaPort, false);
  }

  /** Starts both on free ports with state in a temporary directory that {@link #stop()} deletes. */
  public static LocalInfrastructure startTemporary() {
    try {
      return start(Files.createTempDirectory("rapport-local-"), 0, 0, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static LocalInfrastructure start(
      Path state, int postgresPort, int kafkaPort, boolean temporary) {
    ExecutorService starters = Executors.newFixedThreadPool(2, LocalInfrastructure::daemon);
    try {
      CompletableFuture<EmbeddedPostgresServer> postgres =
          CompletableFuture.supplyAsync(
              () ->
                  EmbeddedPostgresServer.start(
                      postgresPort, state.resolve("pg"), state.resolve("logs/postgres.log")),
              starters);
      CompletableFuture<KafkaBroker> kafka =
          CompletableFuture.supplyAsync(
              () -> KafkaBroker.create(state.resolve("kafka"), kafkaPort).start(), starters);
      try {
        return new LocalInfrastructure(state, temporary, postgres.join(), kafka.join());
      } catch (CompletionException e) {
        // One failed: stop whichever came up, so that nothing is left behind.
        postgres.thenAccept(EmbeddedPostgresServer::stop).exceptionally(ignored -> null).join();
        kafka.thenAccept(KafkaBroker::stop).exceptionally(ignored -> null).join();
        if (temporary) {
          deleteRecursively(state);
        }
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    } finally {
      starters.shutdown();
    }
  }

  public EmbeddedPostgresServer postgres() {
    return postgres;
  }

  public KafkaBroker kafka() {
    return kafka;
  }

  public Path stateDirectory() {
    return stateDirectory;
  }

  /** Stops Kafka, then PostgreSQL; a temporary state directory is deleted. */
  public void stop() {
    try {
      kafka.stop();
    } finally {
      postgres.stop();
      if (temporary) {
        deleteRecursively(stateDirectory);
      }
    }
  }

  @Override
  public void close() {
    stop();
  }

  static void deleteRecursively(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(LocalInfrastructure::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "rapport-local-start");
    thread.setDaemon(true);
    return thread;
  }
}
