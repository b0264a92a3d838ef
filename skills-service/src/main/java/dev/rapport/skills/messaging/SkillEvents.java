package dev.rapport.skills.messaging;

import dev.rapport.events.Topics;
import dev.rapport.events.skills.SkillGapChanged;
import dev.rapport.events.skills.TrainingAssigned;
import dev.rapport.events.skills.TrainingCompleted;
import dev.rapport.events.skills.TrainingPlanSnapshot;
import dev.rapport.skills.domain.GapAnalysis.Assessment;
import dev.rapport.skills.domain.GapSeverity;
import dev.rapport.skills.domain.Person;
import dev.rapport.skills.domain.Skill;
import dev.rapport.skills.domain.SkillEventPublisher;
import dev.rapport.skills.domain.TrainingPlan;
import dev.rapport.support.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Skill gaps and training on {@code rapport.skills.v1}, written to the outbox in the transaction of
 * the change. Gap events are keyed by team, training events by plan.
 */
@ApplicationScoped
public class SkillEvents implements SkillEventPublisher {
  public static final String OPENED = "OPENED";
  public static final String CLOSED = "CLOSED";
  public static final String CHANGED = "CHANGED";

  private final Outbox outbox;

  SkillEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public void gapChanged(
      UUID teamId,
      String teamName,
      UUID skillId,
      String skillName,
      int minimumLevel,
      Assessment gap,
      GapSeverity previous,
      Instant computedAt) {
    String change =
        previous == GapSeverity.NONE
            ? OPENED
            : gap.severity() == GapSeverity.NONE ? CLOSED : CHANGED;
    outbox.publish(
        Topics.SKILLS,
        new SkillGapChanged(
            teamId,
            teamName,
            skillId,
            skillName,
            minimumLevel,
            gap.needed(),
            gap.had(),
            gap.gap(),
            gap.busFactor(),
            gap.demand(),
            gap.unmetDemand(),
            gap.severity().name(),
            previous.name(),
            change,
            computedAt));
  }

  @Override
  public void trainingAssigned(TrainingPlan plan, Person person, Skill skill, String actor) {
    outbox.publish(Topics.SKILLS, new TrainingAssigned(snapshot(plan, person, skill), actor));
  }

  @Override
  public void trainingCompleted(
      TrainingPlan plan,
      Person person,
      Skill skill,
      int previousLevel,
      int newLevel,
      String actor) {
    outbox.publish(
        Topics.SKILLS,
        new TrainingCompleted(snapshot(plan, person, skill), previousLevel, newLevel, actor));
  }

  private static TrainingPlanSnapshot snapshot(TrainingPlan plan, Person person, Skill skill) {
    return new TrainingPlanSnapshot(
        plan.id,
        person.id,
        person.userName,
        skill.id,
        skill.name,
        plan.startLevel,
        plan.targetLevel,
        plan.dueDate,
        plan.resource,
        plan.progressPercent,
        plan.status.name(),
        plan.assignedBy,
        plan.assignedAt,
        plan.completedAt);
  }
}
