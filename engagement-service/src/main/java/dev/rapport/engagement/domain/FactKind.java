package dev.rapport.engagement.domain;

/**
 * What a fact records, and how it counts in the roll-ups: the series it adds to ({@code series}
 * plus the fact's label, e.g. {@code SLA_CLOCK:RESPONSE}), with which sign (a retraction or a
 * closing subtracts), and whether its measure (seconds) goes into the series' histogram.
 */
public enum FactKind {
  /** A ticket was raised; measure 1. */
  TICKET_OPENED("TICKET_OPENED", 1, false),
  /** A ticket was resolved; measure: seconds from its opening (time to resolve). */
  TICKET_RESOLVED("TICKET_RESOLVED", 1, true),
  /** A resolved ticket was reopened; measure 1. */
  TICKET_REOPENED("TICKET_REOPENED", 1, false),
  /** IT's first public update on a ticket; measure: seconds from its opening. */
  FIRST_RESPONSE("FIRST_RESPONSE", 1, true),
  /** A resolution; measure 1 when by the first assignee, never reassigned, else 0. */
  FIRST_ASSIGNMENT("FIRST_ASSIGNMENT", 1, false),
  /** A clock (label RESPONSE, RESOLUTION, UPDATE) ended; measure 1 met, 0 breached. */
  SLA_CLOCK("SLA_CLOCK", 1, false),
  /** A span the ticket was open and not paused ended; measure: its seconds. */
  RUNNING_SPAN("RUNNING_SPAN", 1, false),
  /** A span the requester went past the update promise (open, unpaused) ended; its seconds. */
  LATE_SPAN("LATE_SPAN", 1, false),
  /** A ticket joined the open backlog (opened, reopened); measure: its createdAt, epoch seconds. */
  BACKLOG_IN("BACKLOG", 1, false),
  /** A ticket left the open backlog (resolved, cancelled); measure: its createdAt, epoch s. */
  BACKLOG_OUT("BACKLOG", -1, false),
  /** A message reached its channel; label: the audience level. */
  NOTIFICATION_DELIVERED("NOTIFICATION_DELIVERED", 1, false),
  /** A message was read (first read only); label: the audience level. */
  NOTIFICATION_READ("NOTIFICATION_READ", 1, false),
  /** A try to send a message failed; label: the audience level; measure 1 when dead. */
  NOTIFICATION_FAILED("NOTIFICATION_FAILED", 1, false),
  /** A training plan was completed; measure: levels gained. */
  TRAINING_COMPLETED("TRAINING_COMPLETED", 1, false),
  /** A team's skill gap reached a severity (label). */
  GAP_OPENED("GAP_OPEN", 1, false),
  /** A team's skill gap left a severity (label). */
  GAP_CLOSED("GAP_OPEN", -1, false),
  /** A requester was asked for a rating; measure 1. */
  SURVEY_REQUESTED("SURVEY_REQUESTED", 1, false),
  /** A survey was withdrawn (reopen): it no longer counts as asked. */
  SURVEY_CANCELLED("SURVEY_REQUESTED", -1, false),
  /** A rating (measure 1..5; label SATISFIED for 4-5, else OTHER). */
  SURVEY_ANSWERED("SURVEY_ANSWERED", 1, false),
  /** A rating replaced by a revision, taken back from the day it was first given. */
  SURVEY_RETRACTED("SURVEY_ANSWERED", -1, false),
  /** Any other event (label: its CloudEvents type); counts in no metric. */
  EVENT(null, 1, false);

  private final String series;
  private final int sign;
  private final boolean histogram;

  FactKind(String series, int sign, boolean histogram) {
    this.series = series;
    this.sign = sign;
    this.histogram = histogram;
  }

  /** The roll-up series a fact of this kind with {@code label} adds to, or null for none. */
  public String series(String label) {
    if (series == null) {
      return null;
    }
    return label == null ? series : series + ":" + label;
  }

  /** +1, or -1 for a fact that takes back what another added. */
  public int sign() {
    return sign;
  }

  /** Whether the measure (seconds) goes into the series' histogram. */
  public boolean histogram() {
    return histogram;
  }
}
