package dev.rapport.skills.api;

import dev.rapport.skills.domain.PersonSkill;
import dev.rapport.skills.domain.ProficiencyLevel;
import dev.rapport.skills.domain.Skill;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's level in one skill. */
public record PersonSkillResponse(
    UUID skillId,
    String skillName,
    @Schema(nullable = true, description = "The skill's catalogue category") String category,
    int level,
    @Schema(example = "Practitioner") String levelLabel,
    @Schema(description = "SELF, MANAGER, TRAINING or EVIDENCE") String source,
    boolean verified,
    @Schema(nullable = true, description = "Who verified the level; null while unverified")
        String verifiedBy,
    @Schema(
            nullable = true,
            implementation = String.class,
            format = "date-time",
            description = "When; null while unverified")
        Instant verifiedAt,
    Instant updatedAt,
    Evidence evidence,
    long version) {

  /** Evidence of practice: tickets the person resolved that needed the skill. */
  public record Evidence(
      int resolvedTickets, @Schema(example = "P30D", description = "ISO-8601") String window) {}

  static PersonSkillResponse of(PersonSkill s, Skill skill, int resolvedTickets, String window) {
    return new PersonSkillResponse(
        s.skillId,
        skill.name,
        skill.category,
        s.level,
        ProficiencyLevel.of(s.level).map(ProficiencyLevel::label).orElse(null),
        s.source.name(),
        s.verifiedBy != null,
        s.verifiedBy,
        s.verifiedAt,
        s.updatedAt,
        new Evidence(resolvedTickets, window),
        s.version);
  }
}
