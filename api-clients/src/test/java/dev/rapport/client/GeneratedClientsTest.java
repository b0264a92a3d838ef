package dev.rapport.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a portal team sees in the client generated from each document (compiled by this module's
 * build): every read gives a typed result, not {@code void}, which is what a document that lists
 * only a read's errors produces.
 */
class GeneratedClientsTest {
  /** The tracked-link redirect answers 303 with no body: nothing to read. */
  private static final Set<String> READS_WITHOUT_A_BODY = Set.of("getRByToken");

  @ParameterizedTest
  @ValueSource(strings = {"ticket", "notification", "skills"})
  void everyReadReturnsATypedResult(String service) throws Exception {
    List<Method> reads =
        apiClasses(service).stream()
            .flatMap(c -> Stream.of(c.getDeclaredMethods()))
            .filter(m -> Modifier.isPublic(m.getModifiers()))
            .filter(m -> m.getName().startsWith("get") && !m.getName().endsWith("WithHttpInfo"))
            .filter(m -> !READS_WITHOUT_A_BODY.contains(m.getName()))
            .toList();

    assertThat(reads).as("generated read operations of %s", service).isNotEmpty();
    assertThat(reads)
        .as("reads of %s whose generated client returns nothing", service)
        .filteredOn(m -> m.getReturnType() == void.class)
        .isEmpty();
  }

  private static List<Class<?>> apiClasses(String service) throws IOException {
    String apiPackage = "dev.rapport.client." + service + ".api";
    Path directory = Path.of("target/classes", apiPackage.split("\\."));
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith("Api.class"))
          .<Class<?>>map(n -> load(apiPackage + "." + n.substring(0, n.length() - 6)))
          .toList();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
