package dev.rapport.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The secrets of this installation, made once under {@code .rapport/secrets/} (readable by the
 * owner only) and kept across runs: the tracked-link signing secret, the survey-link signing secret
 * and the key that encrypts webhook secrets at rest. Kept, because a new key would make stored
 * secrets unreadable and sent links invalid.
 */
final class InstallationSecrets {
  private static final SecureRandom RANDOM = new SecureRandom();

  private InstallationSecrets() {}

  /** The environment variables that hand them to the services, creating them if missing. */
  static Map<String, String> ensure(Path state) {
    Path folder = state.resolve("secrets");
    Map<String, String> variables = new LinkedHashMap<>();
    variables.put("RAPPORT_LINK_SECRET", read(folder.resolve("link-secret"), 32));
    variables.put("RAPPORT_NOTIFICATION_SECRETS_KEY", read(folder.resolve("secret-key"), 32));
    variables.put("RAPPORT_SURVEY_SECRET", read(folder.resolve("survey-secret"), 32));
    return variables;
  }

  private static String read(Path file, int bytes) {
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        Files.writeString(file, Base64.getEncoder().encodeToString(random));
        try {
          Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
          // not a POSIX file system: the folder's own permissions apply
        }
      }
      return Files.readString(file).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep the installation's secrets in " + file, e);
    }
  }
}
