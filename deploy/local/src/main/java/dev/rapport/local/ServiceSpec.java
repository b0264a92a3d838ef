package dev.rapport.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A service module that {@code ./rapport up} runs when it has been built.
 *
 * @param module the module's directory under the project root, also the service's name
 * @param key what names it in environment variables: {@code RAPPORT_<key>_PORT} (to move it),
 *     {@code RAPPORT_<key>_URL} (given to every service, so the gateway finds the others)
 * @param defaultPort its HTTP port unless {@code RAPPORT_<key>_PORT} says otherwise
 * @param ownsDatabase whether it gets a PostgreSQL database of its own
 */
record ServiceSpec(String module, String key, int defaultPort, boolean ownsDatabase) {
  static final List<ServiceSpec> ALL =
      List.of(
          new ServiceSpec("ticket-service", "TICKET", 8081, true),
          new ServiceSpec("notification-service", "NOTIFICATION", 8082, true),
          new ServiceSpec("skills-service", "SKILLS", 8083, true),
          new ServiceSpec("engagement-service", "ENGAGEMENT", 8084, true),
          new ServiceSpec("gateway", "GATEWAY", 8080, false));

  Path runnableJar(Path root) {
    return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
  }

  String database() {
    return module.replace('-', '_');
  }

  String portVariable() {
    return "RAPPORT_" + key + "_PORT";
  }

  String urlVariable() {
    return "RAPPORT_" + key + "_URL";
  }

  int port(Map<String, String> environment) {
    return Environment.port(environment, portVariable(), defaultPort);
  }
}
