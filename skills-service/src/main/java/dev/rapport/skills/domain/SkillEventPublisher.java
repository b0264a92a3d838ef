package dev.rapport.skills.domain;

import dev.rapport.skills.domain.GapAnalysis.Assessment;
import java.time.Instant;
import java.util.UUID;

/**
 * Announces skill gaps and training on rapport.skills.v1, in the transaction of the change;
 * implemented by {@code messaging.SkillEvents}, which knows the wire format.
 */
public interface SkillEventPublisher {

  /** A team's gap in a skill opened (from NONE), closed (to NONE) or changed severity. */
  void gapChanged(
      UUID teamId,
      String teamName,
      UUID skillId,
      String skillName,
      int minimumLevel,
      Assessment gap,
      GapSeverity previous,
      Instant computedAt);

  /** A plan was assigned to {@code person}. */
  void trainingAssigned(TrainingPlan plan, Person person, Skill skill, String actor);

  /** A plan was completed: the person's level went from {@code previousLevel} to newLevel. */
  void trainingCompleted(
      TrainingPlan plan, Person person, Skill skill, int previousLevel, int newLevel, String actor);
}
