package dev.rapport.local;

import java.util.Map;

/** Settings the launcher takes from environment variables. */
final class Environment {
  static final String POSTGRES_PORT = "RAPPORT_PG_PORT";
  static final String KAFKA_PORT = "RAPPORT_KAFKA_PORT";
  static final String SMTP_PORT = "RAPPORT_SMTP_PORT";
  static final String WEBHOOK_SINK_PORT = "RAPPORT_WEBHOOK_SINK_PORT";

  private Environment() {}

  static int port(Map<String, String> environment, String variable, int defaultPort) {
    String value = environment.get(variable);
    if (value == null || value.isBlank()) {
      return defaultPort;
    }
    try {
      int port = Integer.parseInt(value.trim());
      if (port > 0 && port < 65536) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new CommandLine.UsageException(variable + "=" + value + " is not a port number");
  }
}
