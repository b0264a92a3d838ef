package dev.rapport.engagement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The {@link TicketState}s a transaction's ticket events read: those of a batch loaded in one query
 * before its events are handled ({@link #load}), instead of a look-up per event (and, for a ticket
 * seen for the first time, a look-up that finds nothing).
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class TicketStates {
  private final TransactionSynchronizationRegistry transaction;

  TicketStates(TransactionSynchronizationRegistry transaction) {
    this.transaction = transaction;
  }

  /** Loads the states of {@code ticketIds} (null for a ticket not seen yet) for {@link #find}. */
  public void load(Collection<UUID> ticketIds) {
    Map<UUID, TicketState> known = known();
    List<UUID> missing =
        ticketIds.stream().filter(id -> !known.containsKey(id)).distinct().toList();
    if (missing.isEmpty()) {
      return;
    }
    missing.forEach(id -> known.put(id, null));
    List<TicketState> found = TicketState.list("ticketId in ?1", missing);
    found.forEach(state -> known.put(state.ticketId, state));
  }

  /** The state of ticket {@code ticketId}; null for a ticket not seen yet. */
  TicketState find(UUID ticketId) {
    Map<UUID, TicketState> known = known();
    if (!known.containsKey(ticketId)) {
      known.put(ticketId, TicketState.findById(ticketId));
    }
    return known.get(ticketId);
  }

  /** Stores the state of a ticket seen for the first time. */
  void opened(TicketState state) {
    state.persist();
    known().put(state.ticketId, state);
  }

  @SuppressWarnings("unchecked")
  private Map<UUID, TicketState> known() {
    Map<UUID, TicketState> known =
        (Map<UUID, TicketState>) transaction.getResource(TicketStates.class);
    if (known == null) {
      known = new HashMap<>();
      transaction.putResource(TicketStates.class, known);
    }
    return known;
  }
}
