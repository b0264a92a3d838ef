package dev.rapport.tidy.domain;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

/** A fixture: a domain bean that joins its caller's transaction; its job is an entry point. */
@Transactional(Transactional.TxType.MANDATORY)
public class Joining {
  @Transactional(Transactional.TxType.SUPPORTS)
  public int read() {
    return 0;
  }

  @Scheduled(every = "1h", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  @Transactional
  void sweep() {}

  @Transactional
  void atStart(@Observes Object startup) {}
}
