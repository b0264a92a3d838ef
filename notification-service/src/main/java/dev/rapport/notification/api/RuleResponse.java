package dev.rapport.notification.api;

import dev.rapport.notification.domain.Audience;
import dev.rapport.notification.domain.AudienceRule;
import dev.rapport.notification.domain.RuleDelivery;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An audience rule")
public record RuleResponse(
    UUID id,
    Audience audience,
    String eventType,
    String minPriority,
    RuleDelivery delivery,
    int version,
    String updatedBy,
    Instant updatedAt) {
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
