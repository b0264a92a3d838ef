package dev.rapport.ticket.domain;

/** Where a ticket is in its lifecycle; the legal moves are in {@link TicketStatusMachine}. */
public enum TicketStatus {
  NEW,
  ASSIGNED,
  IN_PROGRESS,
  WAITING_ON_CUSTOMER,
  ON_HOLD,
  RESOLVED,
  CLOSED,
  CANCELLED;

  /** Open tickets still need work from IT or an answer from the customer. */
  public boolean isOpen() {
    return this != RESOLVED && this != CLOSED && this != CANCELLED;
  }

  /** Finished tickets take no more work or posts; only a new ticket continues the matter. */
  public boolean isFinished() {
    return this == CLOSED || this == CANCELLED;
  }
}
