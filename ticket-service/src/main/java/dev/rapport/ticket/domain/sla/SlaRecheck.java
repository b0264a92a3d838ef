package dev.rapport.ticket.domain.sla;

import dev.rapport.ticket.domain.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Arrays;
import java.util.List;

/**
 * When a policy or calendar changes, every open ticket's clocks must be evaluated under the new
 * terms: one UPDATE puts each open ticket's state row in the checker's recheck queue with the
 * change as its cause, so that a breach the edit causes says so ("policy 'P1 critical' changed").
 * The checker takes rechecks a batch at a time between the instants falling due, so warnings are
 * not held up behind them. The admin's request stays one statement long however many tickets are
 * open; the {@link SlaChecker} does the evaluating, in batches, within a pass or a few.
 */
@ApplicationScoped
public class SlaRecheck {
  private static final String RECHECK =
      "update ticket_sla s set recheck_cause = :cause from tickets t"
          + " where t.id = s.ticket_id and t.status in (:open)";
  private static final List<String> OPEN =
      Arrays.stream(TicketStatus.values()).filter(TicketStatus::isOpen).map(Enum::name).toList();

  private final EntityManager em;

  SlaRecheck(EntityManager em) {
    this.em = em;
  }

  /** Fired in the admin's transaction; answers nothing, the rows are marked in it. */
  @Transactional(TxType.REQUIRED)
  void policiesChanged(@Observes SlaPoliciesChanged change) {
    em.createNativeQuery(RECHECK)
        .setParameter("cause", change.cause())
        .setParameter("open", OPEN)
        .executeUpdate();
  }
}
