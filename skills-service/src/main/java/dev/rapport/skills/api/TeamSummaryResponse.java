package dev.rapport.skills.api;

import dev.rapport.skills.domain.Team;
import dev.rapport.skills.domain.TeamSearch;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A team in a list: its name and how many members it has. */
@Schema(name = "TeamSummary")
public record TeamSummaryResponse(
    UUID id,
    String name,
    @Schema(nullable = true, description = "HR's id for the team; null when HR sent none")
        String externalId,
    long memberCount,
    Instant createdAt,
    Instant updatedAt) {

  static TeamSummaryResponse of(TeamSearch.Listed listed) {
    Team team = listed.team();
    return new TeamSummaryResponse(
        team.id,
        team.displayName,
        team.externalId,
        listed.memberCount(),
        team.createdAt,
        team.updatedAt);
  }
}
