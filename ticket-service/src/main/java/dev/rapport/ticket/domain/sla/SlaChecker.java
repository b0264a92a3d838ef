package dev.rapport.ticket.domain.sla;

import dev.rapport.ticket.config.SlaCheckConfig;
import dev.rapport.ticket.domain.Ticket;
import io.micrometer.core.instrument.Counter;
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
import org.jboss.logging.Logger;

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
  private static final Logger LOG = Logger.getLogger(SlaChecker.class);

  /** The checker's query; %s narrows it to one ticket or not at all. */
  private static final String DUE =
      "select s.ticket_id, s.next_check_at, s.recheck_cause"
          + " from ticket_sla s join tickets t on t.id = s.ticket_id"
          + " where s.next_check_at <= :now%s order by s.next_check_at limit :batch"
          + " for update of t, s skip locked";

  private static final String DUE_IDS =
      "select ticket_id from ticket_sla where next_check_at <= :now"
          + " order by next_check_at limit :batch";
  private static final String CAUSE_USED =
      "update ticket_sla set recheck_cause = null where ticket_id = :ticket";
  private static final String POSTPONE =
      "update ticket_sla set next_check_at = :later where ticket_id = :ticket";

  /** How long a ticket whose evaluation fails waits before the checker tries it again. */
  static final Duration RETRY = Duration.ofMinutes(1);

  private final EntityManager em;
  private final SlaTracking tracking;
  private final SlaCheckConfig config;
  private final Clock clock;
  private final Timer lag;
  private final Counter failures;

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
    this.failures =
        Counter.builder("rapport.sla.checker.failures")
            .description("Tickets whose SLA evaluation failed (retried after a minute)")
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
   * an evaluation leave a ticket due). A batch that fails is done again one ticket per transaction,
   * so that one ticket that cannot be evaluated holds up no other; it waits {@link #RETRY}. Answers
   * the number of tickets taken.
   */
  public int pass() {
    Set<UUID> taken = new HashSet<>();
    while (true) {
      List<UUID> batch;
      try {
        batch = QuarkusTransaction.requiringNew().call(() -> evaluateDue(null));
      } catch (RuntimeException e) {
        LOG.warn("An SLA check batch failed; its tickets are evaluated one by one", e);
        batch = oneByOne();
      }
      int before = taken.size();
      taken.addAll(batch);
      if (batch.size() < config.checkBatchSize() || taken.size() - before < batch.size()) {
        return taken.size();
      }
    }
  }

  /** The due tickets, each in a transaction of its own; one that fails again is postponed. */
  private List<UUID> oneByOne() {
    Instant now = clock.instant();
    @SuppressWarnings("unchecked")
    List<UUID> due =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    em.createNativeQuery(DUE_IDS, UUID.class)
                        .setParameter("now", now)
                        .setParameter("batch", config.checkBatchSize())
                        .getResultList());
    for (UUID id : due) {
      try {
        QuarkusTransaction.requiringNew().call(() -> evaluateDue(id));
      } catch (RuntimeException e) {
        failures.increment();
        LOG.errorf(
            e, "The SLA clocks of ticket %s could not be evaluated; next try in %s", id, RETRY);
        QuarkusTransaction.requiringNew()
            .run(
                () ->
                    em.createNativeQuery(POSTPONE)
                        .setParameter("later", now.plus(RETRY))
                        .setParameter("ticket", id)
                        .executeUpdate());
      }
    }
    return due;
  }

  /**
   * Takes the due tickets (only {@code only} when not null) that no one else holds and evaluates
   * them, in the caller's (new) transaction; answers those it took.
   */
  private List<UUID> evaluateDue(UUID only) {
    Instant now = clock.instant();
    var query =
        em.createNativeQuery(DUE.formatted(only == null ? "" : " and s.ticket_id = :ticket"))
            .setParameter("now", now)
            .setParameter("batch", config.checkBatchSize());
    if (only != null) {
      query.setParameter("ticket", only);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> due = query.getResultList();
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
