package dev.rapport.local;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code ./rapport up} has started, stopped in reverse order of need: services first (they use
 * the others), then Kafka, then PostgreSQL. Safe to call from a shutdown hook at any point of the
 * start-up.
 */
final class Suite {
  private final List<ServiceProcess> services = new ArrayList<>();
  private final List<AutoCloseable> helpers = new ArrayList<>();
  private LocalInfrastructure infrastructure;
  private boolean stopping;

  synchronized void started(LocalInfrastructure infrastructure) {
    this.infrastructure = infrastructure;
  }

  synchronized void started(ServiceProcess service) {
    services.add(service);
  }

  /** The mail catcher and the webhook sink: stopped after the services, before Kafka. */
  synchronized void started(AutoCloseable helper) {
    helpers.add(helper);
  }

  synchronized boolean hasStarted() {
    return infrastructure != null || !services.isEmpty() || !helpers.isEmpty();
  }

  synchronized boolean isStopping() {
    return stopping;
  }

  synchronized void stop() {
    if (stopping) {
      return;
    }
    stopping = true;
    // All at once: each takes a few seconds to shut down cleanly.
    services.forEach(ServiceProcess::requestStop);
    services.forEach(ServiceProcess::awaitStopped);
    for (AutoCloseable helper : helpers) {
      try {
        helper.close();
      } catch (Exception e) {
        // Stopping anyway; the process ends right after.
      }
    }
    if (infrastructure != null) {
      infrastructure.stop();
    }
  }
}
