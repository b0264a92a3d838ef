package dev.rapport.ticket.domain.sla;

import dev.rapport.events.ticket.SlaSummary;
import dev.rapport.support.security.Caller;
import dev.rapport.ticket.domain.HistoryLine;
import dev.rapport.ticket.domain.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps each ticket's SLA facts and state ({@code ticket_sla}) current as the ticket changes.
 * PLACEHOLDER of the contract (issue 10).
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class SlaTracking {

  /**
   * Called by the journal for every change, before the ticket's summary is built: records the facts
   * the change adds, evaluates the clocks, stores the state, announces what the change made due,
   * and answers the summary's {@code sla} (null when no policy applies).
   */
  public SlaSummary observe(Ticket ticket, Caller by, Instant at, List<HistoryLine> lines) {
    return null;
  }

  /** Evaluates one ticket again (the checker, a policy change) and stores its state. */
  public Optional<SlaReport> reevaluate(Ticket ticket, Instant now, String cause) {
    return Optional.empty();
  }

  /** The ticket's clocks now, for the API (empty when no policy applies). */
  @Transactional(TxType.SUPPORTS)
  public Optional<SlaReport> report(Ticket ticket, Instant now) {
    return Optional.empty();
  }
}
