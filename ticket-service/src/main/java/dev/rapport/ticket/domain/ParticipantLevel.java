package dev.rapport.ticket.domain;

/**
 * How a person other than the requester takes part in a ticket: a watcher (copied on public
 * updates) or a stakeholder at a level, which decides what and how much they hear.
 */
public enum ParticipantLevel {
  WATCHER,
  EXECUTIVE,
  BUSINESS_OWNER,
  END_USER,
  IT
}
