package dev.rapport.tangled.domain;

import io.quarkus.scheduler.Scheduled;

/** A fixture: a job that would still fire while the application shuts down. */
public class Sweeping {
  @Scheduled(every = "1h")
  void sweep() {}
}
