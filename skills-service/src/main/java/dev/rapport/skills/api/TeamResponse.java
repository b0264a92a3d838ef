package dev.rapport.skills.api;

import dev.rapport.skills.domain.Person;
import dev.rapport.skills.domain.Team;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A team (a SCIM Group provisioned from HR) with its members, by userName. */
@Schema(name = "Team")
public record TeamResponse(
    UUID id,
    String name,
    @Schema(nullable = true, description = "HR's id for the team; null when HR sent none")
        String externalId,
    List<Member> members,
    int version,
    Instant createdAt,
    Instant updatedAt) {

  /** A member of the team; inactive members stay members until HR removes them. */
  public record Member(UUID personId, String userName, String displayName, boolean active) {}

  static TeamResponse of(Team team) {
    return new TeamResponse(
        team.id,
        team.displayName,
        team.externalId,
        team.members.stream()
            .sorted(Comparator.comparing((Person p) -> p.userName.toLowerCase(Locale.ROOT)))
            .map(p -> new Member(p.id, p.userName, p.nameToShow(), p.active))
            .toList(),
        team.version,
        team.createdAt,
        team.updatedAt);
  }
}
