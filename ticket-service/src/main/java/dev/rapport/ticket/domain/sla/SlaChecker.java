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
 * whose {@code ticket_sla.next_check_at} (the next warning or breach instant) has come, so that the
 * warning or breach is announced ({@link SlaAnnouncements}) without anyone touching the ticket; and
 * the tickets a policy or calendar change asked to be evaluated again ({@code recheck_cause}, set
 * by {@link SlaRecheck}).
 *
 * <p>A pass runs batches of {@code check-batch-size} due tickets (of {@code recheck-batch-size}
 * rechecks), each in a transaction of its own. A batch locks the ticket and state rows it takes and
 * skips those locked ({@code for update of t, s skip locked}): replicas share the work without
 * waiting for each other, and a ticket whose change is in flight is taken by the next pass, with
 * the change's facts. What falls due always goes first: a pass takes due instants until a short
 * batch, then one batch of rechecks, then due instants again, so a policy edit that re-times
 * 100,000 open tickets delays a warning by one batch at most instead of queueing it behind them
 * all.
 */
@ApplicationScoped
public class SlaChecker {
  private static final Logger LOG = Logger.getLogger(SlaChecker.class);

  /** What a batch takes: tickets whose next instant has come, or those asked to be rechecked. */
  private enum Queue {
    DUE("s.next_check_at <= :now", "s.next_check_at"),
    RECHECK("s.recheck_cause is not null", "s.ticket_id");

    int size(SlaCheckConfig config) {
      return this == DUE ? config.checkBatchSize() : config.recheckBatchSize();
    }

    final String where;
    final String order;

    Queue(String where, String order) {
      this.where = where;
      this.order = order;
    }

    String select(boolean one) {
      return "select s.ticket_id, s.next_check_at, s.recheck_cause"
          + " from ticket_sla s join tickets t on t.id = s.ticket_id where "
          + where
          + (one ? " and s.ticket_id = :ticket" : "")
          + " order by "
          + order
          + " limit :batch for update of t, s skip locked";
    }

    String ids() {
      return "select s.ticket_id from ticket_sla s where "
          + where
          + " order by "
          + order
          + " limit :batch";
    }
  }

  private static final String CAUSE_USED =
      "update ticket_sla set recheck_cause = null where ticket_id = :ticket";
  private static final String POSTPONE =
      "update ticket_sla set next_check_at = :later, recheck_cause = null"
          + " where ticket_id = :ticket";

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
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void scheduled() {
    if (config.checkerEnabled()) {
      pass();
    }
  }

  /**
   * One pass: due instants until a short batch (or one that took no ticket it had not taken before,
   * should an evaluation leave a ticket due), then one batch of rechecks, and again, until the
   * rechecks run short. Answers the number of tickets taken.
   */
  public int pass() {
    Set<UUID> taken = new HashSet<>();
    while (true) {
      while (true) {
        List<UUID> due = batch(Queue.DUE);
        int before = taken.size();
        taken.addAll(due);
        if (due.size() < Queue.DUE.size(config) || taken.size() - before < due.size()) {
          break;
        }
      }
      List<UUID> rechecked = batch(Queue.RECHECK);
      taken.addAll(rechecked);
      if (rechecked.size() < Queue.RECHECK.size(config)) {
        return taken.size();
      }
    }
  }

  /**
   * One batch of {@code queue} in a transaction of its own; a batch that fails is done again one
   * ticket per transaction, so that one ticket that cannot be evaluated holds up no other (it waits
   * {@link #RETRY}).
   */
  private List<UUID> batch(Queue queue) {
    try {
      return QuarkusTransaction.requiringNew().call(() -> evaluate(queue, null));
    } catch (RuntimeException e) {
      LOG.warn("An SLA check batch failed; its tickets are evaluated one by one", e);
      return oneByOne(queue);
    }
  }

  /** The queue's tickets, each in a transaction of its own; one that fails again is postponed. */
  private List<UUID> oneByOne(Queue queue) {
    Instant now = clock.instant();
    @SuppressWarnings("unchecked")
    List<UUID> ids =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    em.createNativeQuery(queue.ids(), UUID.class)
                        .setParameter("now", now)
                        .setParameter("batch", queue.size(config))
                        .getResultList());
    for (UUID id : ids) {
      try {
        QuarkusTransaction.requiringNew().call(() -> evaluate(queue, id));
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
    return ids;
  }

  /**
   * Takes the queue's tickets (only {@code only} when not null) that no one else holds and
   * evaluates them, in the caller's (new) transaction; answers those it took.
   */
  private List<UUID> evaluate(Queue queue, UUID only) {
    Instant now = clock.instant();
    var query =
        em.createNativeQuery(queue.select(only != null)).setParameter("batch", queue.size(config));
    if (queue == Queue.DUE) {
      query.setParameter("now", now);
    }
    if (only != null) {
      query.setParameter("ticket", only);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    for (Object[] row : rows) {
      UUID id = (UUID) row[0];
      if (queue == Queue.DUE) {
        lag.record(Duration.between(instant(row[1]), now).abs());
      }
      String cause = (String) row[2];
      if (cause != null) {
        em.createNativeQuery(CAUSE_USED).setParameter("ticket", id).executeUpdate();
      }
      tracking.reevaluate(em.find(Ticket.class, id), now, cause);
    }
    return rows.stream().map(row -> (UUID) row[0]).toList();
  }

  private static Instant instant(Object value) {
    return value instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) value;
  }
}
