package dev.rapport.events.skills;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A training plan as it stands. Schema: {@code schemas/rapport.training.plan.json}.
 *
 * @param id the plan id: the Kafka key of training events
 * @param personId who is trained
 * @param userName their userName
 * @param skillId the catalogue skill trained
 * @param skillName the skill's name
 * @param startLevel the person's level when the plan was made (0 when they had none)
 * @param targetLevel the level the plan aims at (1 to 5)
 * @param dueDate when it should be done, or null
 * @param resource the course, book or mentor, or null
 * @param progressPercent 0 to 100
 * @param status ASSIGNED, IN_PROGRESS, COMPLETED or CANCELLED
 * @param assignedBy userName of who assigned it
 * @param assignedAt when it was assigned
 * @param completedAt when it was completed, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TrainingPlanSnapshot(
    UUID id,
    UUID personId,
    String userName,
    UUID skillId,
    String skillName,
    int startLevel,
    int targetLevel,
    LocalDate dueDate,
    String resource,
    int progressPercent,
    String status,
    String assignedBy,
    Instant assignedAt,
    Instant completedAt) {}
