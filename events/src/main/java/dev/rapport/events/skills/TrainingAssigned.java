package dev.rapport.events.skills;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.rapport.events.EventPayload;

/**
 * A person was assigned training towards a level of a skill.
 *
 * @param plan the plan as assigned
 * @param actor userName of who assigned it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TrainingAssigned(TrainingPlanSnapshot plan, String actor) implements EventPayload {
  public static final String TYPE = "rapport.training.assigned.v1";

  @Override
  public String eventType() {
    return TYPE;
  }

  @Override
  public String aggregateId() {
    return plan.id().toString();
  }
}
