package dev.rapport.ticket.domain.sla;

/** The SLA states a ticket list filters on (slaState=). */
public enum SlaListState {
  /** A clock (the current UPDATE cycle) is past its target. */
  BREACHED,
  /** A counting clock has passed a warning threshold but not yet its target. */
  AT_RISK
}
