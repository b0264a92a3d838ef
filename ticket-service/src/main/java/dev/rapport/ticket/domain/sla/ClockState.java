package dev.rapport.ticket.domain.sla;

/** Where one clock stands. */
public enum ClockState {
  RUNNING,
  PAUSED,
  MET,
  BREACHED
}
