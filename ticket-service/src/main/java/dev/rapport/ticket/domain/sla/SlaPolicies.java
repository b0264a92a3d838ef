package dev.rapport.ticket.domain.sla;

import dev.rapport.ticket.domain.Priority;
import dev.rapport.ticket.domain.TicketStatus;
import dev.rapport.ticket.domain.TicketType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Which SLA policy measures a ticket. PLACEHOLDER of the contract (issue 10): answers fixed 24x7
 * terms per priority until the stored policies (table, admin API, most-specific match) replace it.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class SlaPolicies {

  /** The terms for a ticket with this priority, type and business service (null: none). */
  public Optional<SlaTerms> termsFor(Priority priority, TicketType type, UUID businessServiceId) {
    Duration response = Duration.ofMinutes(15L << (2 * priority.ordinal()));
    Set<TicketStatus> waiting = Set.of(TicketStatus.WAITING_ON_CUSTOMER, TicketStatus.ON_HOLD);
    return Optional.of(
        new SlaTerms(
            new UUID(0, priority.ordinal() + 1),
            priority.name() + " (placeholder)",
            "24x7",
            BusinessCalendar.ALWAYS_OPEN,
            Map.of(
                SlaClock.RESPONSE, response,
                SlaClock.RESOLUTION, response.multipliedBy(16),
                SlaClock.UPDATE, response.multipliedBy(4)),
            List.of(0.75),
            Map.of(SlaClock.RESOLUTION, waiting, SlaClock.UPDATE, waiting),
            false));
  }
}
