package dev.rapport.engagement.domain.survey;

import dev.rapport.engagement.config.CsatConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Pending surveys past their expiry become EXPIRED, in batches, every {@code
 * rapport.engagement.csat.expiry-sweep-interval}. Rows are claimed with SKIP LOCKED, so replicas
 * share the work and a survey being answered at that moment is left to the next round.
 */
@ApplicationScoped
public class SurveyExpiry {
  private static final String EXPIRE =
      "update surveys set status = 'EXPIRED', version = version + 1 where id in (select id from"
          + " surveys where status = 'PENDING' and expires_at <= ?1 order by expires_at limit ?2"
          + " for update skip locked)";

  private final Clock clock;
  private final CsatConfig csat;

  SurveyExpiry(Clock clock, CsatConfig csat) {
    this.clock = clock;
    this.csat = csat;
  }

  /** One round, in a transaction of its own. */
  @Scheduled(
      every = "${rapport.engagement.csat.expiry-sweep-interval}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  @Transactional
  void sweep() {
    expireDue();
  }

  /** Marks up to a batch of pending surveys past their expiry EXPIRED; answers how many. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int expireDue() {
    return Survey.getEntityManager()
        .createNativeQuery(EXPIRE)
        .setParameter(1, clock.instant())
        .setParameter(2, csat.expiryBatchSize())
        .executeUpdate();
  }
}
