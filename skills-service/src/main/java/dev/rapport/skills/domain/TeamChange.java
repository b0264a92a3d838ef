package dev.rapport.skills.domain;

/** What happened to a team, as rapport.team.changed.v1 names it. */
public enum TeamChange {
  CREATED,
  UPDATED,
  /** The team is gone; the event lists no members. */
  DELETED
}
