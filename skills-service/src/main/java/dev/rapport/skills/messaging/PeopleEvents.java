package dev.rapport.skills.messaging;

import dev.rapport.events.Topics;
import dev.rapport.events.people.PersonDeactivated;
import dev.rapport.events.people.PersonSnapshot;
import dev.rapport.events.people.PersonUpserted;
import dev.rapport.events.people.TeamChanged;
import dev.rapport.events.people.TeamMember;
import dev.rapport.events.people.TeamRef;
import dev.rapport.skills.domain.PeopleDirectory;
import dev.rapport.skills.domain.Person;
import dev.rapport.skills.domain.PersonRoles;
import dev.rapport.skills.domain.Team;
import dev.rapport.support.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Announces people and teams on rapport.people.v1 through the outbox, in the transaction of the
 * change: key = person id or team id.
 */
@ApplicationScoped
public class PeopleEvents {
  private static final Comparator<Person> BY_USER_NAME =
      Comparator.comparing(p -> p.userName.toLowerCase(Locale.ROOT));

  private final Outbox outbox;
  private final PersonRoles roles;

  PeopleEvents(Outbox outbox, PersonRoles roles) {
    this.outbox = outbox;
    this.roles = roles;
  }

  public void personUpserted(Person person, String actor) {
    outbox.publish(Topics.PEOPLE, new PersonUpserted(snapshot(person), actor));
  }

  /** {@code person} as last known, e.g. taken before a deletion. */
  public void personDeactivated(PersonSnapshot person, boolean deleted, String actor) {
    outbox.publish(Topics.PEOPLE, new PersonDeactivated(person, deleted, actor));
  }

  /**
   * @param change {@link PeopleDirectory#CREATED}, UPDATED or DELETED; members are empty once
   *     DELETED
   */
  public void teamChanged(
      Team team, String change, List<Person> joined, List<Person> left, String actor) {
    List<TeamMember> members =
        PeopleDirectory.DELETED.equals(change)
            ? List.of()
            : team.members.stream()
                .sorted(BY_USER_NAME)
                .map(p -> new TeamMember(p.id, p.userName, p.nameToShow()))
                .toList();
    outbox.publish(
        Topics.PEOPLE,
        new TeamChanged(
            team.id,
            team.displayName,
            team.externalId,
            change,
            members,
            userNames(joined),
            userNames(left),
            actor,
            team.updatedAt));
  }

  /** The person as other services need them: name to show, how to reach them, manager, teams. */
  public PersonSnapshot snapshot(Person person) {
    return snapshot(person, person.active);
  }

  /** The snapshot with {@code active} as given, e.g. false for a person about to be deleted. */
  public PersonSnapshot snapshot(Person person, boolean active) {
    Person manager = person.managerId == null ? null : Person.findById(person.managerId);
    List<TeamRef> teams =
        Team.<Team>find(
                "select t from Team t join t.members m where m.id = ?1"
                    + " order by lower(t.displayName), t.id",
                person.id)
            .stream()
            .map(t -> new TeamRef(t.id, t.displayName))
            .toList();
    return new PersonSnapshot(
        person.id,
        person.userName,
        person.externalId,
        person.nameToShow(),
        person.givenName,
        person.familyName,
        person.email,
        person.chatHandle,
        person.title,
        person.locale,
        person.timezone,
        person.department,
        manager == null ? null : manager.id,
        manager == null ? null : manager.userName,
        teams,
        roles.of(person, teams.stream().map(TeamRef::name).toList()),
        active,
        person.updatedAt);
  }

  private static List<String> userNames(List<Person> people) {
    return people.stream().sorted(BY_USER_NAME).map(p -> p.userName).toList();
  }
}
