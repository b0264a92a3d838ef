package dev.rapport.local;

import java.nio.file.Path;

/** The JVM that runs us also runs our children: no JAVA_HOME guessing. */
final class Java {
  private Java() {}

  static String executable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
