package dev.rapport.local;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * Real PostgreSQL and Kafka for a service's {@code @QuarkusTest}s:
 *
 * <pre>{@code
 * @QuarkusTest
 * @WithTestResource(value = RapportTestResource.class,
 *     initArgs = @ResourceArg(name = "service", value = "ticket-service"))
 * }</pre>
 *
 * <p>The infrastructure starts once per JVM, on free ports, and stops when the JVM exits; every
 * {@link #start()} (one per Quarkus application, i.e. per test profile) gets a fresh database. The
 * topics of {@code Topics.ALL} exist with 3 partitions. Tokens from {@link #token} are accepted by
 * the application under test.
 */
public class RapportTestResource implements QuarkusTestResourceLifecycleManager {
  /** The init arg that names the service; its database is named after it. */
  public static final String SERVICE_ARG = "service";

  private static final Duration TOKEN_TTL = Duration.ofHours(1);

  private String service = "service";

  @Override
  public void init(Map<String, String> initArgs) {
    service = initArgs.getOrDefault(SERVICE_ARG, service);
  }

  @Override
  public Map<String, String> start() {
    String jdbcUrl = (String) shared("createDatabase", service);
    return Map.ofEntries(
        Map.entry("quarkus.datasource.jdbc.url", jdbcUrl),
        Map.entry("quarkus.datasource.username", EmbeddedPostgresServer.USER),
        Map.entry("quarkus.datasource.password", EmbeddedPostgresServer.PASSWORD),
        Map.entry("kafka.bootstrap.servers", bootstrapServers()),
        Map.entry(
            "mp.jwt.verify.publickey.location", DevTokens.publicKey(keyDirectory()).toString()),
        Map.entry("mp.jwt.verify.issuer", DevTokens.ISSUER),
        Map.entry("mp.jwt.verify.audiences", DevTokens.AUDIENCE),
        // In test mode Quarkus configures an in-memory key pair of its own unless the application
        // names a key at build time; NONE disables that key so the location above is used.
        Map.entry("mp.jwt.verify.publickey", "NONE"));
  }

  /** Nothing to do: the infrastructure outlives each application and stops with the JVM. */
  @Override
  public void stop() {}

  /** Kafka's bootstrap servers, e.g. for a plain consumer that checks published events. */
  public static String bootstrapServers() {
    return (String) shared("bootstrapServers");
  }

  /** The JDBC URL of the database of the application started last. */
  public static String jdbcUrl() {
    return (String) shared("jdbcUrl");
  }

  /**
   * A bearer token (valid for an hour) for {@code userName} with {@code roles} from {@code
   * requester, agent, lead, admin, integration}.
   */
  public static String token(String userName, String... roles) {
    return DevTokens.issue(
        keyDirectory(), userName, new LinkedHashSet<>(Arrays.asList(roles)), TOKEN_TTL);
  }

  /** A token for {@code userName} that expires after {@code ttl}, to test what happens then. */
  public static String token(Duration ttl, String userName, String... roles) {
    return DevTokens.issue(
        keyDirectory(), userName, new LinkedHashSet<>(Arrays.asList(roles)), ttl);
  }

  /** A token for {@code userName} that expired a minute ago (beyond the services' clock skew). */
  public static String expiredToken(String userName, String... roles) {
    Instant now = Instant.now();
    return DevTokens.sign(
        keyDirectory(),
        DevTokens.ISSUER,
        DevTokens.AUDIENCE,
        userName,
        new LinkedHashSet<>(Arrays.asList(roles)),
        now.minus(Duration.ofHours(1)),
        now.minus(Duration.ofMinutes(1)));
  }

  /** A token signed with the right key but for another {@code audience}: services refuse it. */
  public static String tokenForAudience(String audience, String userName, String... roles) {
    return DevTokens.issue(
        keyDirectory(), userName, new LinkedHashSet<>(Arrays.asList(roles)), TOKEN_TTL, audience);
  }

  /** A token signed with the right key but naming another {@code issuer}: services refuse it. */
  public static String tokenFromIssuer(String issuer, String userName, String... roles) {
    Instant now = Instant.now();
    return DevTokens.sign(
        keyDirectory(),
        issuer,
        DevTokens.AUDIENCE,
        userName,
        new LinkedHashSet<>(Arrays.asList(roles)),
        now,
        now.plus(TOKEN_TTL));
  }

  /** Stops the broker, e.g. to prove that events wait; {@link #startKafka()} brings it back. */
  public static void stopKafka() {
    shared("stopKafka");
  }

  /** Starts the broker again on the same port and log directory; returns once it answers. */
  public static void startKafka() {
    shared("startKafka");
  }

  private static Path keyDirectory() {
    return Path.of((String) shared("keyDirectory"));
  }

  /** Calls the JVM's one {@link SharedTestInfrastructure}, whichever class loader holds us. */
  private static Object shared(String name, Object... arguments) {
    Method method =
        Arrays.stream(sharedClass().getDeclaredMethods())
            .filter(m -> m.getName().equals(name) && m.getParameterCount() == arguments.length)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("No shared operation " + name));
    method.setAccessible(true);
    try {
      return method.invoke(null, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Class<?> sharedClass() {
    try {
      return Class.forName(
          SharedTestInfrastructure.class.getName(), true, ClassLoader.getSystemClassLoader());
    } catch (ClassNotFoundException e) {
      // A runner that keeps the test class path off the system class loader: share per loader.
      return SharedTestInfrastructure.class;
    }
  }
}
