package dev.rapport.skills.api;

import dev.rapport.skills.domain.ProficiencyLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A proficiency level, the same scale for every skill.")
public record ProficiencyLevelResponse(
    @Schema(example = "3") int level,
    @Schema(example = "Practitioner") String label,
    @Schema(example = "Works independently on most tasks, including unusual ones.")
        String descriptor) {

  static ProficiencyLevelResponse of(ProficiencyLevel level) {
    return new ProficiencyLevelResponse(level.level(), level.label(), level.descriptor());
  }
}
