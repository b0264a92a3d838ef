package dev.rapport.ticket.domain;

/** PUBLIC updates reach the requester; INTERNAL work notes are for IT only. */
public enum Visibility {
  PUBLIC,
  INTERNAL
}
