package dev.rapport.skills.domain;

import dev.rapport.support.api.ETags;
import dev.rapport.support.ids.TimeOrderedUuids;
import dev.rapport.support.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Provisioning teams (SCIM Groups): create, replace (PUT, and PATCH applied to the current state),
 * delete.
 *
 * <ul>
 *   <li>The displayName and externalId must be unique ({@link Uniqueness}); members must be
 *       provisioned people (400 unknown-member, no nested groups).
 *   <li>Nothing is announced when nothing changed. A team change is announced after an upsert of
 *       each person whose snapshot it changed: who joined or left, and every member when the team
 *       is renamed (their teams, and roles mapped from group names, change).
 *   <li>Gap analysis is told when membership changes.
 * </ul>
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class TeamProvisioning {
  private final PeopleDirectory directory;
  private final PeopleEventPublisher events;
  private final GapMonitor gapMonitor;
  private final Clock clock;

  TeamProvisioning(
      PeopleDirectory directory, PeopleEventPublisher events, GapMonitor gapMonitor, Clock clock) {
    this.directory = directory;
    this.events = events;
    this.gapMonitor = gapMonitor;
    this.clock = clock;
  }

  public Team create(TeamAttributes attributes, String actor) {
    Team team = new Team();
    team.id = TimeOrderedUuids.next();
    Uniqueness.check(team.id, attributes);
    team.displayName = attributes.displayName();
    team.externalId = attributes.externalId();
    team.members.addAll(members(attributes.memberIds()));
    team.createdAt = clock.instant();
    team.updatedAt = team.createdAt;
    team.persist();
    announce(team, TeamChange.CREATED, List.copyOf(team.members), List.of(), List.of(), actor);
    return team;
  }

  /** Replaces a team's name, externalId and members; announces only a real change. */
  public Team replace(UUID id, String ifMatch, TeamAttributes attributes, String actor) {
    Team team = directory.team(id);
    ETags.checkIfMatch(ifMatch, team.version);
    Uniqueness.check(id, attributes);
    Set<Person> after = new LinkedHashSet<>(members(attributes.memberIds()));
    List<Person> joined = after.stream().filter(p -> !team.members.contains(p)).toList();
    List<Person> left = team.members.stream().filter(p -> !after.contains(p)).toList();
    boolean renamed =
        !attributes.displayName().equals(team.displayName)
            || !Objects.equals(attributes.externalId(), team.externalId);
    if (!renamed && joined.isEmpty() && left.isEmpty()) {
      return team;
    }
    // A new name changes every member's snapshot: their teams, and their roles when the
    // group-role mapping names the old or the new name.
    List<Person> stayed =
        attributes.displayName().equals(team.displayName)
            ? List.of()
            : team.members.stream().filter(after::contains).toList();
    team.displayName = attributes.displayName();
    team.externalId = attributes.externalId();
    team.members.removeAll(left);
    team.members.addAll(joined);
    team.updatedAt = clock.instant();
    announce(team, TeamChange.UPDATED, joined, left, stayed, actor);
    return team;
  }

  /** Deletes a team: every member leaves it (each announced), then the team's deletion. */
  public void delete(UUID id, String ifMatch, String actor) {
    Team team = directory.team(id);
    ETags.checkIfMatch(ifMatch, team.version);
    List<Person> left = List.copyOf(team.members);
    Instant now = clock.instant();
    team.updatedAt = now;
    team.delete();
    for (Person member : left) {
      member.updatedAt = now;
    }
    Panache.getEntityManager().flush();
    for (Person member : left) {
      events.personUpserted(member, actor);
    }
    events.teamChanged(team, TeamChange.DELETED, List.of(), left, actor);
  }

  /** Announces the team change, after an upsert of each person whose snapshot it changed. */
  private void announce(
      Team team,
      TeamChange change,
      List<Person> joined,
      List<Person> left,
      List<Person> stayed,
      String actor) {
    Instant now = team.updatedAt;
    List<Person> changed = sortedByUserName(joined, left, stayed);
    for (Person person : changed) {
      person.updatedAt = now;
    }
    // Their snapshots list their teams: the membership must be in the database first.
    Panache.getEntityManager().flush();
    for (Person person : changed) {
      events.personUpserted(person, actor);
    }
    events.teamChanged(team, change, joined, left, actor);
    if (!joined.isEmpty() || !left.isEmpty()) {
      gapMonitor.refreshTeams(List.of(team.id));
    }
  }

  @SafeVarargs
  private static List<Person> sortedByUserName(List<Person>... groups) {
    List<Person> all = new ArrayList<>();
    for (List<Person> group : groups) {
      all.addAll(group);
    }
    all.sort(Comparator.comparing(p -> p.userName.toLowerCase(Locale.ROOT)));
    return all;
  }

  /** The people with these ids, in that order; an unknown id is a 400. */
  private List<Person> members(List<UUID> ids) {
    Map<UUID, Person> found = directory.people(new HashSet<>(ids));
    Map<UUID, Person> members = new LinkedHashMap<>();
    for (UUID id : ids) {
      Person person = found.get(id);
      if (person == null) {
        throw ProblemException.badRequest(
            "unknown-member",
            "member '"
                + id
                + "' is not the id of a provisioned User; nested groups are not"
                + " supported");
      }
      members.put(id, person);
    }
    return List.copyOf(members.values());
  }
}
