package dev.rapport.engagement.domain;

import dev.rapport.events.EventPayload;
import dev.rapport.events.skills.SkillGapChanged;
import dev.rapport.events.skills.TrainingCompleted;
import dev.rapport.support.messaging.IncomingCloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The facts of skills events. A completed training plan counts for each team its person is a member
 * of ({@link TeamRoster}), or for no team. A skill gap's change leaves its previous severity
 * (GAP_CLOSED) and reaches its new one (GAP_OPENED), so the open gaps of a severity at any day are
 * the running sum of those facts.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class SkillFacts {
  private static final String NONE = "NONE";

  private final TeamRoster roster;

  SkillFacts(TeamRoster roster) {
    this.roster = roster;
  }

  /** The facts of {@code payload}; none for a type that counts in no metric. */
  public List<Fact> of(IncomingCloudEvent event, EventPayload payload) {
    if (payload instanceof TrainingCompleted completed) {
      return training(event, completed);
    }
    if (payload instanceof SkillGapChanged gap) {
      return gap(event, gap);
    }
    return List.of();
  }

  private List<Fact> training(IncomingCloudEvent event, TrainingCompleted completed) {
    if (completed.plan() == null || completed.plan().id() == null) {
      throw new IllegalArgumentException(event.type() + " " + event.id() + " carries no plan");
    }
    Instant at =
        completed.plan().completedAt() == null ? event.time() : completed.plan().completedAt();
    String person = completed.plan().userName();
    Set<String> teams = person == null ? Set.of() : roster.teamsOf(person);
    List<String> counted =
        teams.isEmpty() ? java.util.Collections.singletonList(null) : List.copyOf(teams);
    List<Fact> facts = new ArrayList<>();
    for (String team : counted) {
      facts.add(
          Fact.of(
              event.id(),
              FactKind.TRAINING_COMPLETED,
              null,
              at,
              new Dimensions(team, null, null),
              completed.plan().id().toString(),
              Math.max(0, completed.newLevel() - completed.previousLevel())));
    }
    return facts;
  }

  private static List<Fact> gap(IncomingCloudEvent event, SkillGapChanged gap) {
    if (gap.teamId() == null || gap.skillId() == null) {
      throw new IllegalArgumentException(event.type() + " " + event.id() + " names no team/skill");
    }
    Instant at = gap.computedAt() == null ? event.time() : gap.computedAt();
    Dimensions team = new Dimensions(gap.teamId().toString(), null, null);
    String skill = gap.skillId().toString();
    List<Fact> facts = new ArrayList<>();
    if (gap.previousSeverity() != null && !NONE.equals(gap.previousSeverity())) {
      facts.add(
          Fact.of(event.id(), FactKind.GAP_CLOSED, gap.previousSeverity(), at, team, skill, 1));
    }
    if (gap.severity() != null && !NONE.equals(gap.severity())) {
      facts.add(Fact.of(event.id(), FactKind.GAP_OPENED, gap.severity(), at, team, skill, 1));
    }
    return facts;
  }
}
