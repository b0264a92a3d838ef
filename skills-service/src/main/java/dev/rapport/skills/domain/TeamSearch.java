package dev.rapport.skills.domain;

import dev.rapport.support.api.Cursor;
import dev.rapport.support.api.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds teams as the teams API shows them: by display name with keyset pagination (the cursor holds
 * the last lower-cased display name, which is unique) and their member counts; one team by id.
 */
@ApplicationScoped
public class TeamSearch {
  private final EntityManager em;

  TeamSearch(EntityManager em) {
    this.em = em;
  }

  /** A team with how many members it has. */
  public record Listed(Team team, long memberCount) {}

  /** Teams by display name, after the cursor {@code after} (the previous page's nextCursor). */
  public Page<Listed> list(String after, int limit) {
    var query =
        em.createQuery(
                "select t from Team t"
                    + (after == null ? "" : " where lower(t.displayName) > :after")
                    + " order by lower(t.displayName)",
                Team.class)
            .setMaxResults(limit + 1);
    if (after != null) {
      query.setParameter("after", Cursor.decode(after, 1).get(0));
    }
    Page<Team> page =
        Page.fromLookahead(
            query.getResultList(),
            limit,
            last -> List.of(last.displayName.toLowerCase(Locale.ROOT)));
    Map<UUID, Long> counts = memberCounts(page.items());
    return page.map(t -> new Listed(t, counts.getOrDefault(t.id, 0L)));
  }

  /** The team with this id, if there is one. */
  public Optional<Team> team(UUID id) {
    return Team.findByIdOptional(id);
  }

  private Map<UUID, Long> memberCounts(List<Team> teams) {
    Map<UUID, Long> counts = new HashMap<>();
    if (teams.isEmpty()) {
      return counts;
    }
    em.createQuery(
            "select t.id, count(m) from Team t join t.members m where t in :teams group by t.id",
            Object[].class)
        .setParameter("teams", teams)
        .getResultList()
        .forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
    return counts;
  }
}
