package dev.rapport.ticket.api;

import dev.rapport.ticket.domain.HistoryEntry;
import java.time.Instant;

/** One line of the audit timeline: who did what, when, old → new. */
public record HistoryResponse(
    Instant at, String actor, String action, String field, String from, String to) {

  static HistoryResponse of(HistoryEntry e) {
    return new HistoryResponse(e.at, e.actor, e.action, e.field, e.oldValue, e.newValue);
  }
}
