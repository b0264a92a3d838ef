package dev.rapport.ticket.api;

import dev.rapport.ticket.domain.TicketTask;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description = "A checklist task of a ticket",
    requiredProperties = {"id", "position", "title", "done", "completedAt", "completedBy"})
public record TaskResponse(
    UUID id,
    @Schema(description = "1 for the first task, in the order they were added", example = "1")
        int position,
    @Schema(example = "Order replacement laptop") String title,
    boolean done,
    @Schema(nullable = true, description = "Null until the task is completed") Instant completedAt,
    @Schema(
            nullable = true,
            example = "dana@example.com",
            description = "Who completed it; null until completed")
        String completedBy) {

  static TaskResponse of(TicketTask t) {
    return new TaskResponse(t.id, t.position, t.title, t.isDone(), t.completedAt, t.completedBy);
  }
}
