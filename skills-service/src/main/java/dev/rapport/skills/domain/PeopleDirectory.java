package dev.rapport.skills.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.skills.messaging.PeopleEvents;
import dev.rapport.support.api.ETags;
import dev.rapport.support.ids.TimeOrderedUuids;
import dev.rapport.support.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The provisioning rules for people and teams, as HR (over SCIM) drives them: create, replace (PUT,
 * and PATCH applied to the current state), delete. Each change that another service would notice is
 * announced on rapport.people.v1 in its own transaction, and gap analysis is told about changes of
 * membership and availability.
 *
 * <ul>
 *   <li>userName is unique without regard to case, externalId exactly; a team's displayName is
 *       unique without regard to case. A collision is a 409.
 *   <li>A manager must be a provisioned person, not the person themselves, and not one of their own
 *       (indirect) reports.
 *   <li>Nothing is announced when nothing changed. active true to false announces a deactivation;
 *       false to true, and every other change, an upsert.
 *   <li>Deleting a person removes them from their teams (announced as team changes) and from their
 *       reports (who lose their manager, announced as upserts).
 * </ul>
 */
@ApplicationScoped
public class PeopleDirectory {
  public static final String CREATED = "CREATED";
  public static final String UPDATED = "UPDATED";
  public static final String DELETED = "DELETED";

  /** Deep enough for any real reporting line; a longer chain is taken as a cycle. */
  private static final int MAX_MANAGEMENT_DEPTH = 100;

  // Only to compare SCIM attribute JSON by value: the database gives jsonb back reformatted.
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PeopleEvents events;
  private final GapMonitor gapMonitor;
  private final Clock clock;

  PeopleDirectory(PeopleEvents events, GapMonitor gapMonitor, Clock clock) {
    this.events = events;
    this.gapMonitor = gapMonitor;
    this.clock = clock;
  }

  /** The person with this id, or a 404. */
  public Person person(UUID id) {
    return foundOr404(Person.findById(id), "User", id);
  }

  /** The team with this id, or a 404. */
  public Team team(UUID id) {
    return foundOr404(Team.findById(id), "Group", id);
  }

  private static <T> T foundOr404(T entity, String kind, UUID id) {
    if (entity == null) {
      throw ProblemException.notFound(kind, id.toString());
    }
    return entity;
  }

  /** The teams of each of these people, by display name; people without a team are absent. */
  public Map<UUID, List<Team>> teamsOf(Collection<UUID> personIds) {
    Map<UUID, List<Team>> teams = new HashMap<>();
    if (personIds.isEmpty()) {
      return teams;
    }
    List<Object[]> rows =
        Panache.getEntityManager()
            .createQuery(
                "select m.id, t from Team t join t.members m where m.id in ?1"
                    + " order by lower(t.displayName), t.id",
                Object[].class)
            .setParameter(1, personIds)
            .getResultList();
    for (Object[] row : rows) {
      teams.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add((Team) row[1]);
    }
    return teams;
  }

  /** These people by id; unknown ids are absent. */
  public Map<UUID, Person> people(Collection<UUID> ids) {
    Map<UUID, Person> people = new HashMap<>();
    if (!ids.isEmpty()) {
      Person.<Person>list("id in ?1", ids).forEach(p -> people.put(p.id, p));
    }
    return people;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Person create(PersonAttributes attributes, String actor) {
    Person person = new Person();
    person.id = TimeOrderedUuids.next();
    checkUnique(person.id, attributes);
    checkManager(person.id, attributes.managerId());
    apply(person, attributes);
    person.createdAt = clock.instant();
    person.updatedAt = person.createdAt;
    person.persist();
    events.personUpserted(person, actor);
    return person;
  }

  /**
   * Replaces everything about a person with {@code attributes}; announces only a real change.
   *
   * @param ifMatch the If-Match header, or null
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Person replace(UUID id, String ifMatch, PersonAttributes attributes, String actor) {
    Person person = person(id);
    ETags.checkIfMatch(ifMatch, person.version);
    checkUnique(id, attributes);
    checkManager(id, attributes.managerId());
    boolean wasActive = person.active;
    if (!apply(person, attributes)) {
      return person;
    }
    person.updatedAt = clock.instant();
    if (wasActive && !person.active) {
      events.personDeactivated(events.snapshot(person), false, actor);
      gapMonitor.refreshPerson(id);
    } else {
      events.personUpserted(person, actor);
      if (!wasActive && person.active) {
        gapMonitor.refreshPerson(id);
      }
    }
    return person;
  }

  /**
   * Deletes a person: they leave their teams and their reports lose them as manager, each change
   * announced; then the deletion, with the person as last known and active false.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void delete(UUID id, String ifMatch, String actor) {
    Person person = person(id);
    ETags.checkIfMatch(ifMatch, person.version);
    var snapshot = events.snapshot(person, false);
    Instant now = clock.instant();
    List<Team> teams = teamsOf(List.of(id)).getOrDefault(id, List.of());
    for (Team team : teams) {
      team.members.remove(person);
      team.updatedAt = now;
    }
    List<Person> reports = Person.list("managerId", id);
    for (Person report : reports) {
      report.managerId = null;
      report.updatedAt = now;
    }
    Panache.getEntityManager().flush();
    person.delete();
    events.personDeactivated(snapshot, true, actor);
    for (Team team : teams) {
      events.teamChanged(team, UPDATED, List.of(), List.of(person), actor);
    }
    for (Person report : reports) {
      events.personUpserted(report, actor);
    }
    if (!teams.isEmpty()) {
      gapMonitor.refreshTeams(teams.stream().map(t -> t.id).toList());
    }
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Team createTeam(TeamAttributes attributes, String actor) {
    Team team = new Team();
    team.id = TimeOrderedUuids.next();
    checkUnique(team.id, attributes);
    team.displayName = attributes.displayName();
    team.externalId = attributes.externalId();
    team.members.addAll(members(attributes.memberIds()));
    team.createdAt = clock.instant();
    team.updatedAt = team.createdAt;
    team.persist();
    announceTeam(team, CREATED, List.copyOf(team.members), List.of(), List.of(), actor);
    return team;
  }

  /** Replaces a team's name, externalId and members; announces only a real change. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Team replaceTeam(UUID id, String ifMatch, TeamAttributes attributes, String actor) {
    Team team = team(id);
    ETags.checkIfMatch(ifMatch, team.version);
    checkUnique(id, attributes);
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
    announceTeam(team, UPDATED, joined, left, stayed, actor);
    return team;
  }

  /** Deletes a team: every member leaves it (each announced), then the team's deletion. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void deleteTeam(UUID id, String ifMatch, String actor) {
    Team team = team(id);
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
    events.teamChanged(team, DELETED, List.of(), left, actor);
  }

  /** Announces the team change, after an upsert of each person whose snapshot it changed. */
  private void announceTeam(
      Team team,
      String change,
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
    all.sort(Comparator.comparing(p -> p.userName.toLowerCase(java.util.Locale.ROOT)));
    return all;
  }

  /** The people with these ids, in that order; an unknown id is a 400. */
  private List<Person> members(List<UUID> ids) {
    Map<UUID, Person> found = people(new HashSet<>(ids));
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

  private static void checkUnique(UUID id, PersonAttributes attributes) {
    rejectIfHeldByAnother(
        Person.findByUserName(attributes.userName()).map(other -> other.id),
        id,
        "user-name-taken",
        "userName '" + attributes.userName() + "' is already provisioned");
    if (attributes.externalId() != null) {
      rejectIfHeldByAnother(
          Person.<Person>find("externalId", attributes.externalId())
              .firstResultOptional()
              .map(other -> other.id),
          id,
          "external-id-taken",
          "externalId '" + attributes.externalId() + "' belongs to another User");
    }
  }

  private static void checkUnique(UUID id, TeamAttributes attributes) {
    rejectIfHeldByAnother(
        Team.<Team>find("lower(displayName) = lower(?1)", attributes.displayName())
            .firstResultOptional()
            .map(other -> other.id),
        id,
        "team-name-taken",
        "displayName '" + attributes.displayName() + "' belongs to another Group");
    if (attributes.externalId() != null) {
      rejectIfHeldByAnother(
          Team.<Team>find("externalId", attributes.externalId())
              .firstResultOptional()
              .map(other -> other.id),
          id,
          "external-id-taken",
          "externalId '" + attributes.externalId() + "' belongs to another Group");
    }
  }

  /** A 409 naming the holder when a unique value is held by another than {@code id}. */
  private static void rejectIfHeldByAnother(
      Optional<UUID> holder, UUID id, String problem, String detail) {
    holder
        .filter(other -> !other.equals(id))
        .ifPresent(
            other -> {
              throw ProblemException.conflict(
                  problem, detail, Map.of("existingId", other.toString()));
            });
  }

  /** The manager exists and is not the person, directly or up the reporting line. */
  private static void checkManager(UUID personId, UUID managerId) {
    UUID current = managerId;
    for (int depth = 0; current != null; depth++) {
      if (current.equals(personId) || depth > MAX_MANAGEMENT_DEPTH) {
        throw ProblemException.badRequest(
            "manager-cycle",
            "manager '" + managerId + "' reports to this User: a reporting line cannot be a loop");
      }
      Person manager = Person.findById(current);
      if (manager == null) {
        throw ProblemException.badRequest(
            "unknown-manager",
            "manager '"
                + current
                + "' is not the id of a provisioned User; provision the manager"
                + " first");
      }
      current = manager.managerId;
    }
  }

  /** Copies the attributes onto the person; answers whether anything changed. */
  private static boolean apply(Person person, PersonAttributes a) {
    boolean changed = false;
    changed |= !Objects.equals(person.userName, a.userName());
    person.userName = a.userName();
    changed |= !Objects.equals(person.externalId, a.externalId());
    person.externalId = a.externalId();
    changed |= !Objects.equals(person.displayName, a.displayName());
    person.displayName = a.displayName();
    changed |= !Objects.equals(person.givenName, a.givenName());
    person.givenName = a.givenName();
    changed |= !Objects.equals(person.familyName, a.familyName());
    person.familyName = a.familyName();
    changed |= !Objects.equals(person.formattedName, a.formattedName());
    person.formattedName = a.formattedName();
    changed |= !Objects.equals(person.email, a.email());
    person.email = a.email();
    changed |= !Objects.equals(person.chatHandle, a.chatHandle());
    person.chatHandle = a.chatHandle();
    changed |= !Objects.equals(person.title, a.title());
    person.title = a.title();
    changed |= !Objects.equals(person.locale, a.locale());
    person.locale = a.locale();
    changed |= !Objects.equals(person.timezone, a.timezone());
    person.timezone = a.timezone();
    changed |= !Objects.equals(person.department, a.department());
    person.department = a.department();
    changed |= !Objects.equals(person.employeeNumber, a.employeeNumber());
    person.employeeNumber = a.employeeNumber();
    changed |= !Objects.equals(person.managerId, a.managerId());
    person.managerId = a.managerId();
    changed |= person.active != a.active();
    person.active = a.active();
    if (!sameJson(person.scimAttributes, a.scimAttributes())) {
      person.scimAttributes = a.scimAttributes();
      changed = true;
    }
    return changed;
  }

  private static boolean sameJson(String stored, String given) {
    try {
      JsonNode before = JSON.readTree(stored == null ? "{}" : stored);
      return before.equals(JSON.readTree(given == null ? "{}" : given));
    } catch (JsonProcessingException e) {
      return false;
    }
  }
}
