package dev.rapport.ticket.domain;

/** Derived from impact and urgency by the {@link PriorityMatrix}; P1 is the most critical. */
public enum Priority {
  P1,
  P2,
  P3,
  P4
}
