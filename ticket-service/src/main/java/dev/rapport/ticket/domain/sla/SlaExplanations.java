package dev.rapport.ticket.domain.sla;

import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.security.Caller;
import dev.rapport.ticket.domain.Ticket;
import dev.rapport.ticket.domain.Tickets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.List;

/**
 * A ticket's SLA explained to whoever may see the ticket: the clocks now and a readable timeline
 * ({@code GET /api/v1/tickets/{id}/sla}). The reasons shown are status words only, so a requester
 * sees the same promise as IT and no internal note.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class SlaExplanations {

  /** The clocks evaluated now and their timeline. */
  public record SlaExplanation(Ticket ticket, SlaReport report, List<String> timeline) {}

  private final Tickets tickets;
  private final SlaTracking tracking;
  private final Clock clock;

  SlaExplanations(Tickets tickets, SlaTracking tracking, Clock clock) {
    this.tickets = tickets;
    this.tracking = tracking;
    this.clock = clock;
  }

  /** The ticket's SLA now; 404 when the caller may not see it or no policy applies. */
  public SlaExplanation explain(String idOrKey, Caller caller) {
    Ticket ticket = tickets.find(idOrKey, caller);
    SlaFacts facts = tracking.facts(ticket).orElse(null);
    SlaReport report =
        facts == null ? null : tracking.evaluate(ticket, facts, clock.instant()).orElse(null);
    if (report == null) {
      throw ProblemException.notFound("SLA of ticket", ticket.key);
    }
    return new SlaExplanation(ticket, report, SlaTimeline.of(report, facts));
  }
}
