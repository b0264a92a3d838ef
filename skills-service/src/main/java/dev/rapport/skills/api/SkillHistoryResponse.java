package dev.rapport.skills.api;

import dev.rapport.skills.domain.PersonSkillHistory;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change of a person's level or of its verification. */
public record SkillHistoryResponse(
    long id,
    UUID skillId,
    String skillName,
    @Schema(nullable = true, description = "null when the skill was new to the person")
        Integer previousLevel,
    @Schema(nullable = true, description = "null when the skill was removed") Integer level,
    String source,
    @Schema(nullable = true, description = "Who had verified the level; null when unverified")
        String verifiedBy,
    String actor,
    @Schema(nullable = true) String note,
    Instant changedAt) {

  static SkillHistoryResponse of(PersonSkillHistory h, String skillName) {
    return new SkillHistoryResponse(
        h.id,
        h.skillId,
        skillName,
        h.previousLevel,
        h.level,
        h.source == null ? null : h.source.name(),
        h.verifiedBy,
        h.actor,
        h.note,
        h.changedAt);
  }
}
