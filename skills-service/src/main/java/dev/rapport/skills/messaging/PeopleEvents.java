package dev.rapport.skills.messaging;

import dev.rapport.events.Topics;
import dev.rapport.events.people.PersonDeactivated;
import dev.rapport.events.people.PersonSnapshot;
import dev.rapport.events.people.PersonUpserted;
import dev.rapport.events.people.TeamChanged;
import dev.rapport.events.people.TeamMember;
import dev.rapport.events.people.TeamRef;
import dev.rapport.skills.domain.PeopleDirectory;
import dev.rapport.skills.domain.PeopleEventPublisher;
import dev.rapport.skills.domain.Person;
import dev.rapport.skills.domain.PersonProfile;
import dev.rapport.skills.domain.PersonRoles;
import dev.rapport.skills.domain.Team;
import dev.rapport.skills.domain.TeamChange;
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
public class PeopleEvents implements PeopleEventPublisher {
  private static final Comparator<Person> BY_USER_NAME =
      Comparator.comparing(p -> p.userName.toLowerCase(Locale.ROOT));

  private final Outbox outbox;
  private final PeopleDirectory directory;
  private final PersonRoles roles;

  PeopleEvents(Outbox outbox, PeopleDirectory directory, PersonRoles roles) {
    this.outbox = outbox;
    this.directory = directory;
    this.roles = roles;
  }

  @Override
  public void personUpserted(Person person, String actor) {
    PersonProfile profile = directory.profile(person);
    outbox.publish(Topics.PEOPLE, new PersonUpserted(snapshot(profile, person.active), actor));
  }

  @Override
  public void personDeactivated(PersonProfile lastKnown, boolean deleted, String actor) {
    outbox.publish(
        Topics.PEOPLE, new PersonDeactivated(snapshot(lastKnown, false), deleted, actor));
  }

  @Override
  public void teamChanged(
      Team team, TeamChange change, List<Person> joined, List<Person> left, String actor) {
    List<TeamMember> members =
        change == TeamChange.DELETED
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
            change.name(),
            members,
            userNames(joined),
            userNames(left),
            actor,
            team.updatedAt));
  }

  /** The person as other services need them: name to show, how to reach them, manager, teams. */
  private PersonSnapshot snapshot(PersonProfile profile, boolean active) {
    Person person = profile.person();
    Person manager = profile.manager();
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
        profile.teams().stream().map(t -> new TeamRef(t.id, t.displayName)).toList(),
        roles.of(person, profile.teamNames()),
        active,
        person.updatedAt);
  }

  private static List<String> userNames(List<Person> people) {
    return people.stream().sorted(BY_USER_NAME).map(p -> p.userName).toList();
  }
}
