package dev.rapport.events.skills;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.rapport.events.EventPayload;

/**
 * A training plan was completed and the person's level raised (source TRAINING).
 *
 * @param plan the plan, COMPLETED
 * @param previousLevel the person's level in the skill before (0 when they had none)
 * @param newLevel the level after, at least the plan's target
 * @param actor userName of who recorded the completion
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TrainingCompleted(
    TrainingPlanSnapshot plan, int previousLevel, int newLevel, String actor)
    implements EventPayload {
  public static final String TYPE = "rapport.training.completed.v1";

  @Override
  public String eventType() {
    return TYPE;
  }

  @Override
  public String aggregateId() {
    return plan.id().toString();
  }
}
