package dev.rapport.events.people;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.rapport.events.EventPayload;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A team (SCIM Group) was created, renamed, changed its members, or was deleted. The lists are
 * never null.
 *
 * @param teamId the team id: the Kafka key
 * @param name the team's display name
 * @param externalId the HR system's id, or null
 * @param change CREATED, UPDATED or DELETED
 * @param members every member after the change; empty when deleted
 * @param joined userNames that joined with this change
 * @param left userNames that left with this change
 * @param actor userName of the caller that made the change
 * @param updatedAt when the team changed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TeamChanged(
    UUID teamId,
    String name,
    String externalId,
    String change,
    List<TeamMember> members,
    List<String> joined,
    List<String> left,
    String actor,
    Instant updatedAt)
    implements EventPayload {
  public static final String TYPE = "rapport.team.changed.v1";

  public TeamChanged {
    members = members == null ? List.of() : List.copyOf(members);
    joined = joined == null ? List.of() : List.copyOf(joined);
    left = left == null ? List.of() : List.copyOf(left);
  }

  @Override
  public String eventType() {
    return TYPE;
  }

  @Override
  public String aggregateId() {
    return teamId.toString();
  }
}
