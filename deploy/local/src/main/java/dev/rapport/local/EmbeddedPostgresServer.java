package dev.rapport.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL 17 from the zonky binaries: no Docker, no installed server. Authentication is
 * {@code trust}, so any password is accepted for {@link #USER}.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
  public static final String USER = "postgres";
  public static final String PASSWORD = "postgres";

  private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
  private static final String DUPLICATE_DATABASE = "42P04";
  // zonky holds a lock on this file in the data directory while its server runs.
  private static final String ZONKY_LOCK_FILE = "epg-lock";

  private final EmbeddedPostgres postgres;
  private final Lifeline lifeline;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
    this.postgres = postgres;
    this.lifeline = Lifeline.attach(postmasterPid(dataDirectory), "INT");
  }

  /**
   * Starts PostgreSQL on {@code port} (0 = any free port) with its data in {@code dataDirectory},
   * which is created by initdb on first use and kept across restarts; server output is appended to
   * {@code logFile}.
   */
  public static EmbeddedPostgresServer start(int port, Path dataDirectory, Path logFile) {
    int resolved = Ports.resolve(port);
    try {
      stopStalePostmaster(dataDirectory);
      Ports.requireFree(resolved, "PostgreSQL");
      Files.createDirectories(dataDirectory);
      Files.createDirectories(logFile.toAbsolutePath().getParent());
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setPort(resolved)
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              // A development database: durability is not worth the latency.
              .setServerConfig("fsync", "off")
              .setPGStartupWait(Duration.ofSeconds(60))
              // Our owner stops us in order (services before their database): no hook of zonky's.
              .setRegisterShutdownHook(false)
              .setOutputRedirector(Redirect.appendTo(logFile.toFile()))
              .setErrorRedirector(Redirect.appendTo(logFile.toFile()))
              .start();
      return new EmbeddedPostgresServer(postgres, dataDirectory);
    } catch (IOException e) {
      throw new IllegalStateException(
          "PostgreSQL did not start on port "
              + resolved
              + "; last lines of "
              + logFile
              + ":\n"
              + LogTail.of(logFile, 20),
          e);
    }
  }

  public int port() {
    return postgres.getPort();
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + port() + "/" + database;
  }

  /** Creates {@code name} unless it exists. Names are lower-case SQL identifiers. */
  public void createDatabase(String name) {
    if (!DATABASE_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "Database name '" + name + "' must match " + DATABASE_NAME.pattern());
    }
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
        throw new IllegalStateException("Cannot create database " + name, e);
      }
    }
  }

  public void stop() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      lifeline.release();
    }
  }

  @Override
  public void close() {
    stop();
  }

  /**
   * A postmaster left over by a launcher that was killed holds the data directory; a new one could
   * not start on it. Such a server has lost its owner (nobody holds zonky's lock file any more), so
   * it is ours to stop. One whose owner lives is left alone.
   */
  private static void stopStalePostmaster(Path dataDirectory) throws IOException {
    if (ownerIsAlive(dataDirectory)) {
      throw new IllegalStateException(
          "The PostgreSQL data in "
              + dataDirectory
              + " is in use by another running process (is ./rapport up running already?)");
    }
    readPostmasterPid(dataDirectory)
        .flatMap(ProcessHandle::of)
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
        .ifPresent(
            stale -> {
              stale.destroy();
              try {
                stale.onExit().get(15, TimeUnit.SECONDS);
              } catch (Exception e) {
                stale.destroyForcibly();
              }
            });
  }

  private static boolean ownerIsAlive(Path dataDirectory) throws IOException {
    Path lockFile = dataDirectory.resolve(ZONKY_LOCK_FILE);
    if (!Files.exists(lockFile)) {
      return false;
    }
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      return lock == null;
    } catch (OverlappingFileLockException e) {
      return true; // held by this very JVM
    }
  }

  private static long postmasterPid(Path dataDirectory) {
    return readPostmasterPid(dataDirectory)
        .orElseThrow(() -> new IllegalStateException("No postmaster.pid in " + dataDirectory));
  }

  private static Optional<Long> readPostmasterPid(Path dataDirectory) {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    try {
      if (!Files.exists(pidFile)) {
        return Optional.empty();
      }
      return Files.readAllLines(pidFile).stream().findFirst().map(String::trim).map(Long::valueOf);
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
