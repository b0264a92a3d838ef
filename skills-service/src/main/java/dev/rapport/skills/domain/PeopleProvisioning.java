package dev.rapport.skills.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.support.api.ETags;
import dev.rapport.support.ids.TimeOrderedUuids;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Provisioning people, as HR (over SCIM) drives it: create, replace (PUT, and PATCH applied to the
 * current state), delete. Each change another service would notice is announced on
 * rapport.people.v1 in the transaction of the change, and gap analysis is told about changes of
 * availability.
 *
 * <ul>
 *   <li>The attributes must be unique ({@link Uniqueness}) and the manager valid ({@link
 *       ReportingLine}); nothing is written otherwise.
 *   <li>Nothing is announced when nothing changed. active true to false announces a deactivation;
 *       false to true, and every other change, an upsert.
 *   <li>Deleting a person removes them from their teams (announced as team changes) and from their
 *       reports (who lose their manager, announced as upserts).
 * </ul>
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class PeopleProvisioning {
  // Only to compare SCIM attribute JSON by value: the database gives jsonb back reformatted.
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PeopleDirectory directory;
  private final PeopleEventPublisher events;
  private final GapMonitor gapMonitor;
  private final Clock clock;

  PeopleProvisioning(
      PeopleDirectory directory, PeopleEventPublisher events, GapMonitor gapMonitor, Clock clock) {
    this.directory = directory;
    this.events = events;
    this.gapMonitor = gapMonitor;
    this.clock = clock;
  }

  public Person create(PersonAttributes attributes, String actor) {
    Person person = new Person();
    person.id = TimeOrderedUuids.next();
    Uniqueness.check(person.id, attributes);
    ReportingLine.check(person.id, attributes.managerId());
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
  public Person replace(UUID id, String ifMatch, PersonAttributes attributes, String actor) {
    Person person = directory.person(id);
    ETags.checkIfMatch(ifMatch, person.version);
    Uniqueness.check(id, attributes);
    ReportingLine.check(id, attributes.managerId());
    boolean wasActive = person.active;
    if (!apply(person, attributes)) {
      return person;
    }
    person.updatedAt = clock.instant();
    if (wasActive && !person.active) {
      events.personDeactivated(directory.profile(person), false, actor);
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
  public void delete(UUID id, String ifMatch, String actor) {
    Person person = directory.person(id);
    ETags.checkIfMatch(ifMatch, person.version);
    PersonProfile lastKnown = directory.profile(person);
    Instant now = clock.instant();
    List<Team> teams = lastKnown.teams();
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
    events.personDeactivated(lastKnown, true, actor);
    for (Team team : teams) {
      events.teamChanged(team, TeamChange.UPDATED, List.of(), List.of(person), actor);
    }
    for (Person report : reports) {
      events.personUpserted(report, actor);
    }
    if (!teams.isEmpty()) {
      gapMonitor.refreshTeams(teams.stream().map(t -> t.id).toList());
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
