package dev.rapport.events.skills;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.rapport.events.EventPayload;
import java.time.Instant;
import java.util.UUID;

/**
 * A team's gap in one skill opened, closed or changed severity. Keyed by the team, so a team's gap
 * changes arrive in order.
 *
 * @param teamId the team whose requirement this is: the Kafka key
 * @param teamName the team's display name
 * @param skillId the catalogue skill
 * @param skillName the skill's name
 * @param minimumLevel the level the requirement asks for (1 to 5)
 * @param needed headcount needed at that level
 * @param had active members holding the skill at that level
 * @param gap needed minus had, never below 0
 * @param busFactor how many people hold the skill at that level (1 means one absence stops work)
 * @param demand tickets needing the skill in the demand window
 * @param unmetDemand of those, tickets opened when nobody available held the skill
 * @param severity NONE, LOW, MEDIUM, HIGH or CRITICAL after the change
 * @param previousSeverity the severity before the change (NONE when the gap opens)
 * @param change OPENED (from NONE), CLOSED (to NONE) or CHANGED (between two other severities)
 * @param computedAt when the gap was computed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SkillGapChanged(
    UUID teamId,
    String teamName,
    UUID skillId,
    String skillName,
    int minimumLevel,
    int needed,
    int had,
    int gap,
    int busFactor,
    int demand,
    int unmetDemand,
    String severity,
    String previousSeverity,
    String change,
    Instant computedAt)
    implements EventPayload {
  public static final String TYPE = "rapport.skill-gap.changed.v1";

  @Override
  public String eventType() {
    return TYPE;
  }

  @Override
  public String aggregateId() {
    return teamId.toString();
  }
}
