package dev.rapport.notification.api;

import dev.rapport.notification.domain.Audience;
import dev.rapport.notification.domain.AudienceRule;
import dev.rapport.notification.domain.RuleDelivery;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An audience rule")
public record RuleResponse(
    @Schema(required = true) UUID id,
    @Schema(required = true) Audience audience,
    @Schema(required = true, example = "rapport.ticket.task-completed.v1") String eventType,
    @Schema(
            nullable = true,
            description = "Only tickets at this priority or higher (P1 highest); null = any",
            example = "P2")
        String minPriority,
    @Schema(required = true) RuleDelivery delivery,
    @Schema(required = true, description = "Also in the ETag") int version,
    @Schema(required = true) String updatedBy,
    @Schema(required = true) Instant updatedAt) {
  static RuleResponse of(AudienceRule r) {
    return new RuleResponse(
        r.id,
        r.audience,
        r.eventType,
        r.minPriority,
        r.delivery,
        r.version,
        r.updatedBy,
        r.updatedAt);
  }
}
