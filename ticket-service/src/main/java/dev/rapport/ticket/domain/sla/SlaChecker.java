package dev.rapport.ticket.domain.sla;

import dev.rapport.ticket.config.SlaCheckConfig;
import dev.rapport.ticket.domain.Ticket;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The SLA checker: every {@code rapport.ticket.sla.check-interval} it evaluates again each ticket
 * whose {@code ticket_sla.next_check_at} (the next warning or breach instant, or "now" after a
 * policy change) has come, so that the warning or breach is announced ({@link SlaAnnouncements})
 * without anyone touching the ticket.
 *
 * <p>A pass runs batches of {@code check-batch-size} tickets, each in a transaction of its own,
 * until a short one. A batch locks the ticket and state rows it takes and skips those locked
 * ({@code for update of t, s skip locked}): replicas share the work without waiting for each other,
 * and a ticket whose change is in flight is taken by the next pass, with the change's facts.
 */
@ApplicationScoped
public class SlaChecker {
  private static final String DUE =
      "select s.ticket_id, s.next_check_at, s.recheck_cause"
          + " from ticket_sla s join tickets t on t.id = s.ticket_id"
          + " where s.next_check_at <= :now order by s.next_check_at limit :batch"
          + " for update of t, s skip locked";
  private static final String CAUSE_USED =
      "update ticket_sla set recheck_cause = null where ticket_id = :ticket";

  private final EntityManager em;
  private final SlaTracking tracking;
  private final SlaCheckConfig config;
  private final Clock clock;
  private final Timer lag;

  SlaChecker(
      EntityManager em,
      SlaTracking tracking,
      SlaCheckConfig config,
      Clock clock,
      MeterRegistry meters) {
    this.em = em;
    this.tracking = tracking;
    this.config = config;
    this.clock = clock;
    this.lag =
        Timer.builder("rapport.sla.checker.lag")
            .description("How late the checker took a ticket after its next check instant")
            .publishPercentiles(0.5, 0.99)
            .register(meters);
  }

  @Scheduled(
      identity = "rapport-sla-checker",
      every = "${rapport.ticket.sla.check-interval}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    if (config.checkerEnabled()) {
      pass();
    }
  }

  /**
   * One pass: batches until a short one (or one that took no ticket it had not taken before, should
   * an evaluation leave a ticket due). Answers the number of tickets evaluated.
   */
  public int pass() {
    Set<UUID> taken = new HashSet<>();
    while (true) {
      List<UUID> batch = QuarkusTransaction.requiringNew().call(this::batch);
      int before = taken.size();
      taken.addAll(batch);
      if (batch.size() < config.checkBatchSize() || taken.size() - before < batch.size()) {
        return taken.size();
      }
    }
  }

  /** One batch, in the caller's (new) transaction: answers the tickets it evaluated. */
  List<UUID> batch() {
    Instant now = clock.instant();
    @SuppressWarnings("unchecked")
    List<Object[]> due =
        em.createNativeQuery(DUE)
            .setParameter("now", now)
            .setParameter("batch", config.checkBatchSize())
            .getResultList();
    for (Object[] row : due) {
      UUID id = (UUID) row[0];
      lag.record(Duration.between(instant(row[1]), now).abs());
      String cause = (String) row[2];
      if (cause != null) {
        em.createNativeQuery(CAUSE_USED).setParameter("ticket", id).executeUpdate();
      }
      tracking.reevaluate(em.find(Ticket.class, id), now, cause);
    }
    return due.stream().map(row -> (UUID) row[0]).toList();
  }

  private static Instant instant(Object value) {
    return value instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) value;
  }
}
