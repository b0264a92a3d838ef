package dev.rapport.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How long a class's source file is. A class may be longer than the limit when its comment says
 * why, in a sentence that starts with {@link #REASON} ("Longer than a screen or two because the
 * SCIM schema is one document"). Bytecode does not know a file's length, so the source is read next
 * to the compiled class ({@code target/classes/…} → {@code src/main/java/…}, and for test classes
 * {@code target/test-classes/…} → {@code src/test/java/…}).
 */
final class SourceLength {
  /** About two screens. */
  static final int DOMAIN_CLASS_LINES = 250;

  /** The words that give a reason for a longer class. */
  static final String REASON = "Longer than a screen or two because";

  private SourceLength() {}

  static ArchCondition<JavaClass> atMost(int lines) {
    return new ArchCondition<>("be at most " + lines + " lines, or say in their comment why not") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        Optional<Path> source = sourceOf(javaClass);
        if (source.isEmpty()) {
          return;
        }
        List<String> text = read(source.get());
        boolean tooLong = text.size() > lines && text.stream().noneMatch(l -> l.contains(REASON));
        if (tooLong) {
          events.add(
              SimpleConditionEvent.violated(
                  javaClass,
                  String.format(
                      "%s has %d lines (more than %d, and no \"%s ...\" in its comment)",
                      javaClass.getName(), text.size(), lines, REASON)));
        }
      }
    };
  }

  private static Optional<Path> sourceOf(JavaClass javaClass) {
    return javaClass
        .getSource()
        .map(source -> source.getUri())
        .filter(uri -> "file".equals(uri.getScheme()))
        .map(URI::getPath)
        .filter(path -> path.contains("/target/classes/") || path.contains("/target/test-classes/"))
        .map(
            path ->
                Path.of(
                    path.replace("/target/classes/", "/src/main/java/")
                        .replace("/target/test-classes/", "/src/test/java/")
                        .replaceFirst("\\.class$", ".java")))
        .filter(Files::isRegularFile);
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
