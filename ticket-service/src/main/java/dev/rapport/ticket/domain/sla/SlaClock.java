package dev.rapport.ticket.domain.sla;

/** The three promises a ticket carries. */
public enum SlaClock {
  /** From opening until IT's first customer-visible response. */
  RESPONSE,
  /** From opening until RESOLVED; resumes, elapsed time kept, on reopen. */
  RESOLUTION,
  /** The longest the requester may go without a customer-visible update from IT while open. */
  UPDATE
}
