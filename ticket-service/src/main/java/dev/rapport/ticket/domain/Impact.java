package dev.rapport.ticket.domain;

/** How much of the business is affected. */
public enum Impact {
  HIGH,
  MEDIUM,
  LOW
}
