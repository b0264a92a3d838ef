package dev.rapport.ticket.domain.sla;

import dev.rapport.events.ticket.SlaSummary;
import dev.rapport.ticket.domain.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;

/**
 * The {@code sla} each ticket was last given in the current transaction, so that the response to a
 * change (above all a create, whose state row is written by a native statement and so is not in the
 * persistence context) does not read back what was just written. Kept as a resource of the JTA
 * transaction: it goes with it.
 */
@ApplicationScoped
class EvaluatedSummaries {
  /** What a ticket's entry holds: its summary, null when no policy applies. */
  record Evaluated(SlaSummary summary) {}

  private final TransactionSynchronizationRegistry transactions;

  EvaluatedSummaries(TransactionSynchronizationRegistry transactions) {
    this.transactions = transactions;
  }

  void remember(Ticket ticket, SlaSummary summary) {
    transactions.putResource(key(ticket), new Evaluated(summary));
  }

  void forget(Ticket ticket) {
    if (active()) {
      transactions.putResource(key(ticket), null);
    }
  }

  /** The summary given in this transaction; empty when none was (or outside a transaction). */
  Optional<Evaluated> recalled(Ticket ticket) {
    if (!active()) {
      return Optional.empty();
    }
    return transactions.getResource(key(ticket)) instanceof Evaluated evaluated
        ? Optional.of(evaluated)
        : Optional.empty();
  }

  private boolean active() {
    return transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
  }

  private static String key(Ticket ticket) {
    return "rapport.sla.summary:" + ticket.id;
  }
}
