package dev.rapport.skills.api;

import dev.rapport.skills.domain.Skill;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record SkillResponse(
    UUID id,
    String name,
    @Schema(nullable = true, example = "Platform") String category,
    @Schema(nullable = true) String description,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  static SkillResponse of(Skill s) {
    return new SkillResponse(
        s.id, s.name, s.category, s.description, s.createdAt, s.updatedAt, s.version);
  }
}
