package dev.rapport.local;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The class path of the broker's own JVM, which the build wrote into our jar as absolute paths into
 * the local Maven repository (see deploy/local/pom.xml). Keeping the broker out of our class path
 * lets its version differ from the services' kafka-clients.
 */
final class BrokerClasspath {
  private static final List<String> RESOURCES =
      List.of("kafka-broker.classpath", "kafka-broker-shared.classpath");

  private BrokerClasspath() {}

  static String get() {
    List<String> entries = RESOURCES.stream().flatMap(BrokerClasspath::entries).toList();
    entries.stream()
        .filter(entry -> !Files.exists(Path.of(entry)))
        .findFirst()
        .ifPresent(
            missing -> {
              throw new IllegalStateException(
                  "The Kafka broker's jar "
                      + missing
                      + " is gone from the local Maven repository;"
                      + " rebuild with ./mvnw install -pl deploy/local");
            });
    return String.join(File.pathSeparator, entries);
  }

  private static Stream<String> entries(String resource) {
    try (InputStream in = BrokerClasspath.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            resource + " is missing from rapport-local; it is written by the Maven build");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
      return Arrays.stream(text.split(File.pathSeparator)).filter(s -> !s.isBlank());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
