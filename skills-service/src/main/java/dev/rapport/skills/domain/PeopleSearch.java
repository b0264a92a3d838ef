package dev.rapport.skills.domain;

import dev.rapport.support.api.Cursor;
import dev.rapport.support.api.Page;
import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.query.Like;
import dev.rapport.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Finds people as the people API shows them: lists filtered by team, active and a part of the
 * userName or display name, by userName with keyset pagination (the cursor holds the last
 * lower-cased userName, which is unique); the caller themself; one person, if the caller may see
 * them (staff anyone, others only themselves; anyone else is a 404, known or not).
 */
@ApplicationScoped
public class PeopleSearch {
  private final EntityManager em;
  private final PeopleDirectory directory;

  PeopleSearch(EntityManager em, PeopleDirectory directory) {
    this.em = em;
    this.directory = directory;
  }

  /**
   * What to list; null means any.
   *
   * @param text a part of the userName or display name, any case
   * @param after the nextCursor of the previous page
   */
  public record Filter(UUID team, Boolean active, String text, String after, int limit) {}

  public Page<PersonProfile> search(Filter filter) {
    StringBuilder where = new StringBuilder("true");
    Map<String, Object> parameters = new HashMap<>();
    if (filter.team() != null) {
      where.append(" and p.id in (select m.id from Team t join t.members m where t.id = :team)");
      parameters.put("team", filter.team());
    }
    if (filter.active() != null) {
      where.append(" and p.active = :active");
      parameters.put("active", filter.active());
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      where.append(
          " and (lower(p.userName) like :q"
              + Like.ESCAPE
              + " or lower(p.displayName) like :q"
              + Like.ESCAPE
              + ")");
      parameters.put("q", Like.containingIgnoreCase(filter.text().strip()));
    }
    if (filter.after() != null) {
      where.append(" and lower(p.userName) > :after");
      parameters.put("after", Cursor.decode(filter.after(), 1).get(0));
    }
    var query =
        em.createQuery(
                "select p from Person p where " + where + " order by lower(p.userName)",
                Person.class)
            .setMaxResults(filter.limit() + 1);
    parameters.forEach(query::setParameter);
    Page<Person> page =
        Page.fromLookahead(
            query.getResultList(),
            filter.limit(),
            last -> List.of(last.userName.toLowerCase(Locale.ROOT)));
    return new Page<>(directory.profiles(page.items()), page.nextCursor());
  }

  /** The caller as provisioned; 404 not-provisioned when HR has not provisioned them. */
  public PersonProfile me(Caller caller) {
    Person person =
        Person.findByUserName(caller.userName())
            .orElseThrow(
                () ->
                    new ProblemException(
                        404,
                        "not-provisioned",
                        "Not found",
                        "No person with userName '"
                            + caller.userName()
                            + "' has been provisioned from HR",
                        Map.of()));
    return directory.profile(person);
  }

  /** The person by id or userName, if the caller may see them; else a 404. */
  public PersonProfile visible(String idOrUserName, Caller caller) {
    Person person =
        Person.byReference(idOrUserName)
            .filter(p -> caller.staff() || p.userName.equalsIgnoreCase(caller.userName()))
            .orElseThrow(() -> ProblemException.notFound("Person", idOrUserName));
    return directory.profile(person);
  }
}
