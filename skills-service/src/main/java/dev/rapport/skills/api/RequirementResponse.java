package dev.rapport.skills.api;

import dev.rapport.skills.domain.ProficiencyLevel;
import dev.rapport.skills.domain.Skill;
import dev.rapport.skills.domain.TeamRequirement;
import java.time.Instant;
import java.util.UUID;

/** One team requirement. */
public record RequirementResponse(
    UUID teamId,
    UUID skillId,
    String skillName,
    int minimumLevel,
    String minimumLevelLabel,
    int headcount,
    String updatedBy,
    Instant updatedAt,
    long version) {

  static RequirementResponse of(TeamRequirement r, Skill skill) {
    return new RequirementResponse(
        r.teamId,
        r.skillId,
        skill.name,
        r.minimumLevel,
        ProficiencyLevel.of(r.minimumLevel).map(ProficiencyLevel::label).orElse(null),
        r.headcount,
        r.updatedBy,
        r.updatedAt,
        r.version);
  }
}
