package dev.rapport.ticket.api;

import dev.rapport.ticket.domain.HistoryEntry;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of the audit timeline: who did what, when, old → new. */
@Schema(
    description = "One line of the audit timeline: who did what, when, old → new",
    requiredProperties = {"at", "actor", "action", "field", "from", "to"})
public record HistoryResponse(
    Instant at,
    @Schema(example = "dana@example.com") String actor,
    @Schema(example = "status-changed") String action,
    @Schema(
            nullable = true,
            example = "status",
            description = "The field changed; null for actions on the whole ticket (opened)")
        String field,
    @Schema(
            nullable = true,
            example = "IN_PROGRESS",
            description = "The old value; null when there was none (first assignment, a new task)")
        String from,
    @Schema(example = "RESOLVED", description = "The new value") String to) {

  static HistoryResponse of(HistoryEntry e) {
    return new HistoryResponse(e.at, e.actor, e.action, e.field, e.oldValue, e.newValue);
  }
}
