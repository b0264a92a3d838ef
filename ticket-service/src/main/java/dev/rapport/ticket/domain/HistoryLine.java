package dev.rapport.ticket.domain;

/**
 * One line of a ticket's audit timeline as {@link TicketJournal} writes it: what was done, to which
 * field, old → new; {@code internal} lines (work notes) are hidden from requesters.
 */
public record HistoryLine(String action, String field, String from, String to, boolean internal) {

  public static HistoryLine of(String action, String field, String from, String to) {
    return new HistoryLine(action, field, from, to, false);
  }
}
