package dev.rapport.local;

import dev.rapport.events.Topics;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The one {@link LocalInfrastructure} of a test JVM, started on first use and stopped when the JVM
 * exits.
 *
 * <p>Quarkus boots the application of each test profile in a class loader of its own, and would
 * load a static field of {@link RapportTestResource} anew each time: one broker and one PostgreSQL
 * per profile. {@link RapportTestResource} therefore uses the copy of this class that the JVM's
 * system class loader holds (surefire puts the test class path there), which outlives every
 * application; it calls it reflectively, so every method here takes and returns JDK types only.
 */
final class SharedTestInfrastructure {
  static final int PARTITIONS = 3;

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static LocalInfrastructure infrastructure;
  private static String currentJdbcUrl;

  private SharedTestInfrastructure() {}

  /** Creates a fresh database named after {@code service} and returns its JDBC URL. */
  static synchronized String createDatabase(String service) {
    return inOwnContext(
        () -> {
          String name =
              service.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                  + "_"
                  + DATABASES.incrementAndGet();
          infrastructure().postgres().createDatabase(name);
          currentJdbcUrl = infrastructure().postgres().jdbcUrl(name);
          return currentJdbcUrl;
        });
  }

  /** The JDBC URL of the database made last, or null before the first. */
  static synchronized String jdbcUrl() {
    return currentJdbcUrl;
  }

  static synchronized String bootstrapServers() {
    return inOwnContext(() -> infrastructure().kafka().bootstrapServers());
  }

  /** The directory of the key pair that signs test tokens. */
  static synchronized String keyDirectory() {
    return inOwnContext(() -> keysOf(infrastructure()).toString());
  }

  static synchronized void stopKafka() {
    inOwnContext(() -> infrastructure().kafka()).stop();
  }

  static synchronized void startKafka() {
    inOwnContext(() -> infrastructure().kafka().start());
  }

  private static LocalInfrastructure infrastructure() {
    if (infrastructure == null) {
      LocalInfrastructure started = LocalInfrastructure.startTemporary();
      Runtime.getRuntime()
          .addShutdownHook(new Thread(started::stop, "rapport-test-infrastructure-stop"));
      started.kafka().createTopics(Topics.ALL, PARTITIONS);
      DevTokens.ensureKeyPair(keysOf(started));
      infrastructure = started;
    }
    return infrastructure;
  }

  private static Path keysOf(LocalInfrastructure infrastructure) {
    return infrastructure.stateDirectory().resolve("jwt");
  }

  /**
   * Runs with this class's loader as the thread's context loader: Kafka clients and zonky look
   * classes and resources up there, and the caller's may be a Quarkus application's.
   */
  private static <T> T inOwnContext(Supplier<T> action) {
    Thread thread = Thread.currentThread();
    ClassLoader callers = thread.getContextClassLoader();
    thread.setContextClassLoader(SharedTestInfrastructure.class.getClassLoader());
    try {
      return action.get();
    } finally {
      thread.setContextClassLoader(callers);
    }
  }
}
