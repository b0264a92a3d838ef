package dev.rapport.engagement.domain;

import dev.rapport.events.EventPayload;
import dev.rapport.events.people.PersonDeactivated;
import dev.rapport.events.people.PersonSnapshot;
import dev.rapport.events.people.PersonUpserted;
import dev.rapport.events.people.TeamChanged;
import dev.rapport.events.people.TeamMember;
import dev.rapport.events.people.TeamRef;
import dev.rapport.support.security.UserNames;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Who is in which team and who leads it, as skills-service announces it on rapport.people.v1: the
 * members a pulse survey invites, the leads told of a poor rating, and which teams' metrics an
 * agent may see.
 *
 * <p>Teams are named by the id tickets carry as {@code teamId}: the team's SCIM Group id as text
 * ({@code TeamChanged.teamId}, {@code PersonSnapshot.teams[].id}), as notification-service's
 * contacts and skills-service's team events name them; a lookup ignores case and surrounding
 * blanks. A membership is whatever was told last about that person in that team, by the {@code
 * updatedAt} of the event that told it (a person's team list, or a team's member list), so that
 * events of different aggregates may arrive in any order and an older one never undoes a newer one.
 * Only active people count, and a deleted team has nobody. The reads need a transaction or a
 * request context (a consumer, a resource, a scheduled job); userNames come back normalised ({@code
 * UserNames}), as {@code Caller.userName()} gives them.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class TeamRoster {
  private static final String ACTIVE_MEMBERS =
      " from roster_memberships m join roster_people p on p.person_id = m.person_id"
          + " join roster_teams t on t.team_id = m.team_id"
          + " where m.member and p.active and not t.deleted";

  private final Clock clock;

  TeamRoster(Clock clock) {
    this.clock = clock;
  }

  /** Applies one people event (person upserted or deactivated, team changed); others are noise. */
  public void apply(EventPayload event) {
    if (event instanceof PersonUpserted upserted) {
      person(upserted.person(), true);
    } else if (event instanceof PersonDeactivated gone) {
      person(gone.person(), false);
    } else if (event instanceof TeamChanged team) {
      team(team);
    }
  }

  /** The teams {@code userName} is an active member of (case ignored), by team id. */
  @Transactional(TxType.SUPPORTS)
  public Set<String> teamsOf(String userName) {
    if (userName == null || userName.isBlank()) {
      return Set.of();
    }
    return strings(
            "select distinct m.team_id"
                + ACTIVE_MEMBERS
                + " and p.user_name = :userName order by m.team_id",
            "userName",
            UserNames.normalise(userName))
        .stream()
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The active members of {@code teamId}, by userName (normalised: UserNames), in order. */
  @Transactional(TxType.SUPPORTS)
  public List<String> membersOf(String teamId) {
    return members(teamId, "");
  }

  /** The active members of {@code teamId} who have the lead role, by userName. */
  @Transactional(TxType.SUPPORTS)
  public Set<String> leadsOf(String teamId) {
    return new LinkedHashSet<>(members(teamId, " and p.lead"));
  }

  /** The team's display name as last announced, or empty for a team never heard of or deleted. */
  @Transactional(TxType.SUPPORTS)
  public Optional<String> teamName(String teamId) {
    if (teamId == null || teamId.isBlank()) {
      return Optional.empty();
    }
    return strings(
            "select name from roster_teams where team_id = :team and not deleted",
            "team",
            key(teamId))
        .stream()
        .findFirst();
  }

  /** The id a team is stored under for {@code teamId} as a ticket or a request gives it. */
  public static String key(String teamId) {
    return teamId.strip().toLowerCase(Locale.ROOT);
  }

  private List<String> members(String teamId, String condition) {
    if (teamId == null || teamId.isBlank()) {
      return List.of();
    }
    // One userName once, even if re-provisioned under a new person id.
    return strings(
        "select distinct p.user_name"
            + ACTIVE_MEMBERS
            + " and m.team_id = :team"
            + condition
            + " order by p.user_name",
        "team",
        key(teamId));
  }

  private void person(PersonSnapshot person, boolean active) {
    Instant asOf = person.updatedAt() == null ? Instant.EPOCH : person.updatedAt();
    int applied =
        Panache.getEntityManager()
            .createNativeQuery(
                "insert into roster_people"
                    + " (person_id, user_name, lead, staff, active, source_updated_at, updated_at)"
                    + " values (:id, :userName, :lead, :staff, :active, :asOf, :now)"
                    + " on conflict (person_id) do update set user_name = excluded.user_name,"
                    + " lead = excluded.lead, staff = excluded.staff, active = excluded.active,"
                    + " source_updated_at = excluded.source_updated_at,"
                    + " updated_at = excluded.updated_at"
                    + " where roster_people.source_updated_at <= excluded.source_updated_at")
            .setParameter("id", person.id())
            .setParameter("userName", UserNames.normalise(person.userName()))
            .setParameter("lead", person.roles().contains(PersonSnapshot.LEAD))
            .setParameter("staff", person.isStaff())
            .setParameter("active", active && person.active())
            .setParameter("asOf", asOf)
            .setParameter("now", clock.instant())
            .executeUpdate();
    if (applied == 0) {
      return; // an older snapshot than the one applied: its teams are out of date too
    }
    Set<String> teams = new LinkedHashSet<>();
    for (TeamRef team : person.teams()) {
      if (team.id() == null) {
        continue;
      }
      String teamId = team.id().toString();
      teams.add(teamId);
      knowTeam(teamId, team.name(), asOf);
      membership(teamId, person.id(), asOf);
    }
    execute(
        "update roster_memberships set member = false, as_of = :asOf"
            + " where person_id = :person and member and as_of <= :asOf"
            + " and team_id <> all(string_to_array(:teams, ','))",
        asOf,
        query -> query.setParameter("person", person.id()).setParameter("teams", join(teams)));
  }

  private void team(TeamChanged change) {
    String teamId = change.teamId().toString();
    Instant asOf = change.updatedAt() == null ? Instant.EPOCH : change.updatedAt();
    knowTeam(teamId, change.name(), asOf);
    Set<String> members = new LinkedHashSet<>();
    if ("DELETED".equals(change.change())) {
      Panache.getEntityManager()
          .createNativeQuery(
              "update roster_teams set deleted = true, updated_at = :now where team_id = :team")
          .setParameter("team", teamId)
          .setParameter("now", clock.instant())
          .executeUpdate();
    } else {
      for (TeamMember member : change.members()) {
        if (member.personId() != null) {
          members.add(member.personId().toString());
          membership(teamId, member.personId(), asOf);
        }
      }
    }
    execute(
        "update roster_memberships set member = false, as_of = :asOf"
            + " where team_id = :team and member and as_of <= :asOf"
            + " and cast(person_id as text) <> all(string_to_array(:members, ','))",
        asOf,
        query -> query.setParameter("team", teamId).setParameter("members", join(members)));
  }

  /** Records the team, or its newer name; a name from an older event than the last one is kept. */
  private void knowTeam(String teamId, String name, Instant asOf) {
    execute(
        "insert into roster_teams (team_id, name, source_updated_at, updated_at)"
            + " values (:team, :name, :asOf, :now)"
            + " on conflict (team_id) do update set name = excluded.name,"
            + " source_updated_at = excluded.source_updated_at, updated_at = excluded.updated_at"
            + " where roster_teams.source_updated_at <= excluded.source_updated_at",
        asOf,
        query ->
            query
                .setParameter("team", teamId)
                .setParameter("name", Objects.requireNonNullElse(name, teamId))
                .setParameter("now", clock.instant()));
  }

  private void membership(String teamId, UUID personId, Instant asOf) {
    execute(
        "insert into roster_memberships (team_id, person_id, member, as_of)"
            + " values (:team, :person, true, :asOf)"
            + " on conflict (team_id, person_id) do update set member = true, as_of = :asOf"
            + " where roster_memberships.as_of <= :asOf",
        asOf,
        query -> query.setParameter("team", teamId).setParameter("person", personId));
  }

  private static void execute(String sql, Instant asOf, UnaryOperator<Query> parameters) {
    parameters
        .apply(Panache.getEntityManager().createNativeQuery(sql).setParameter("asOf", asOf))
        .executeUpdate();
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(String sql, String name, String value) {
    return Panache.getEntityManager()
        .createNativeQuery(sql)
        .setParameter(name, value)
        .getResultList();
  }

  /** Ids joined for string_to_array: UUIDs hold no comma; none is the empty array. */
  private static String join(Set<String> ids) {
    return String.join(",", ids);
  }
}
