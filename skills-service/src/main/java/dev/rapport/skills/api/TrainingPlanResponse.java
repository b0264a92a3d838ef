package dev.rapport.skills.api;

import dev.rapport.skills.domain.Person;
import dev.rapport.skills.domain.Skill;
import dev.rapport.skills.domain.TrainingPlan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A training plan. */
public record TrainingPlanResponse(
    UUID id,
    UUID personId,
    String userName,
    UUID skillId,
    String skillName,
    @Schema(description = "The level when assigned; 0 when none") int startLevel,
    int targetLevel,
    @Schema(nullable = true, implementation = String.class, format = "date") LocalDate dueDate,
    @Schema(nullable = true, description = "A course, book or link to train with") String resource,
    int progressPercent,
    @Schema(description = "ASSIGNED, IN_PROGRESS, COMPLETED or CANCELLED") String status,
    String assignedBy,
    Instant assignedAt,
    @Schema(
            nullable = true,
            implementation = String.class,
            format = "date-time",
            description = "null until completed")
        Instant completedAt,
    long version) {

  static TrainingPlanResponse of(TrainingPlan p, Person person, Skill skill) {
    return new TrainingPlanResponse(
        p.id,
        p.personId,
        person.userName,
        p.skillId,
        skill.name,
        p.startLevel,
        p.targetLevel,
        p.dueDate,
        p.resource,
        p.progressPercent,
        p.status.name(),
        p.assignedBy,
        p.assignedAt,
        p.completedAt,
        p.version);
  }
}
