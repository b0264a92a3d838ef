package dev.rapport.skills.domain;

import dev.rapport.support.api.Cursor;
import dev.rapport.support.api.ETags;
import dev.rapport.support.api.Page;
import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What each team needs. Staff read them; only a lead of the team ({@link Stewardship#leadsTeam}) or
 * an admin changes them, and each change refreshes the team's gaps.
 */
@ApplicationScoped
public class TeamRequirements {
  private final Clock clock;
  private final Stewardship stewardship;
  private final GapMonitor gaps;

  TeamRequirements(Clock clock, Stewardship stewardship, GapMonitor gaps) {
    this.clock = clock;
    this.stewardship = stewardship;
    this.gaps = gaps;
  }

  /** A requirement as changed, and whether it was new. */
  public record Change(TeamRequirement requirement, boolean created) {}

  public List<TeamRequirement> of(Team team) {
    return TeamRequirement.list("teamId", team.id);
  }

  /** A requirement with the skill it names. */
  public record Listed(TeamRequirement requirement, Skill skill) {}

  /** A page of the team's requirements by skill name (unique without regard to case). */
  public Page<Listed> page(Team team, String after, int limit) {
    String query =
        "select r, s from TeamRequirement r, Skill s where s.id = r.skillId and r.teamId = :team"
            + (after == null ? "" : " and lower(s.name) > :after")
            + " order by lower(s.name)";
    var select =
        TeamRequirement.getEntityManager()
            .createQuery(query, Object[].class)
            .setParameter("team", team.id)
            .setMaxResults(limit + 1);
    if (after != null) {
      select.setParameter("after", Cursor.decode(after, 1).get(0));
    }
    List<Listed> rows =
        select.getResultList().stream()
            .map(row -> new Listed((TeamRequirement) row[0], (Skill) row[1]))
            .toList();
    return Page.fromLookahead(
        rows, limit, last -> List.of(last.skill().name.toLowerCase(Locale.ROOT)));
  }

  public Change put(
      Team team, Skill skill, int minimumLevel, int headcount, String ifMatch, Caller caller) {
    requireSteward(team, caller);
    TeamRequirement current = TeamRequirement.findById(new TeamRequirement.Key(team.id, skill.id));
    if (current != null) {
      ETags.checkIfMatch(ifMatch, current.version);
    }
    TeamRequirement requirement = current == null ? new TeamRequirement() : current;
    requirement.teamId = team.id;
    requirement.skillId = skill.id;
    requirement.minimumLevel = minimumLevel;
    requirement.headcount = headcount;
    requirement.updatedBy = caller.userName();
    requirement.updatedAt = clock.instant();
    if (current == null) {
      requirement.persist();
    }
    gaps.refreshTeams(Set.of(team.id));
    return new Change(requirement, current == null);
  }

  public void remove(Team team, Skill skill, String ifMatch, Caller caller) {
    requireSteward(team, caller);
    TeamRequirement current = TeamRequirement.findById(new TeamRequirement.Key(team.id, skill.id));
    if (current == null) {
      throw ProblemException.notFound(team.displayName + "'s requirement for skill", skill.name);
    }
    ETags.checkIfMatch(ifMatch, current.version);
    current.delete();
    gaps.refreshTeams(Set.of(team.id));
  }

  private void requireSteward(Team team, Caller caller) {
    if (!stewardship.leadsTeam(caller, team.id)) {
      throw ProblemException.forbidden(
          "Only a lead who is a member of "
              + team.displayName
              + ", or an admin, may change its"
              + " requirements.");
    }
  }
}
