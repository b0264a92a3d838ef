package dev.rapport.ticket.domain.sla;

import dev.rapport.ticket.domain.Priority;
import dev.rapport.ticket.domain.TicketType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Optional;
import java.util.UUID;

/**
 * Which SLA policy measures a ticket: the most specific stored policy for its priority, type and
 * business service ({@link PolicyIndex#match}), from the cached index of {@link SlaPolicyStore}.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class SlaPolicies {
  private final SlaPolicyStore store;

  SlaPolicies(SlaPolicyStore store) {
    this.store = store;
  }

  /** The terms for a ticket with this priority, type and business service (empty: none). */
  public Optional<SlaTerms> termsFor(Priority priority, TicketType type, UUID businessServiceId) {
    return store.index().match(priority, type, businessServiceId);
  }
}
