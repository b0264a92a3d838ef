package dev.rapport.skills.domain;

import dev.rapport.support.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Looks up provisioned people and teams, and loads the {@link PersonProfile} (manager and teams)
 * every view of a person shows. Changes go through {@link PeopleProvisioning} and {@link
 * TeamProvisioning}.
 */
@ApplicationScoped
public class PeopleDirectory {

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

  /** The profile of each person, in the same order: two queries however many they are. */
  public List<PersonProfile> profiles(List<Person> people) {
    Map<UUID, List<Team>> teams = teamsOf(people.stream().map(p -> p.id).toList());
    Map<UUID, Person> managers =
        people(people.stream().map(p -> p.managerId).filter(Objects::nonNull).toList());
    return people.stream()
        .map(
            p ->
                new PersonProfile(
                    p,
                    p.managerId == null ? null : managers.get(p.managerId),
                    teams.getOrDefault(p.id, List.of())))
        .toList();
  }

  /** The profile of one person. */
  public PersonProfile profile(Person person) {
    return profiles(List.of(person)).get(0);
  }
}
