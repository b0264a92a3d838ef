package dev.rapport.ticket.domain;

/** How soon the business needs it fixed. */
public enum Urgency {
  HIGH,
  MEDIUM,
  LOW
}
