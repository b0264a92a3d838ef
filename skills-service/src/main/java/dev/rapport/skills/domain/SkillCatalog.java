package dev.rapport.skills.domain;

import dev.rapport.support.api.Cursor;
import dev.rapport.support.api.ETags;
import dev.rapport.support.api.Page;
import dev.rapport.support.ids.TimeOrderedUuids;
import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.query.Like;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The skill catalogue. Names are unique without regard to case, because tickets and queries name
 * skills by name; a name may therefore be neither a UUID (ids are tried first) nor contain a comma
 * (lists of skills in queries are comma-separated).
 */
@ApplicationScoped
public class SkillCatalog {
  private final Clock clock;
  private final EntityManager em;
  private final References references;

  SkillCatalog(Clock clock, EntityManager em, References references) {
    this.clock = clock;
    this.em = em;
    this.references = references;
  }

  /**
   * Skills by name (case-insensitive), filtered, in pages: the cursor holds the last name and id.
   */
  public Page<Skill> list(String text, String category, String after, int limit) {
    StringBuilder where = new StringBuilder("where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (text != null && !text.isBlank()) {
      where.append(
          " and (lower(s.name) like :text"
              + Like.ESCAPE
              + " or lower(s.description) like :text"
              + Like.ESCAPE
              + ")");
      params.put("text", Like.containingIgnoreCase(text.strip()));
    }
    if (category != null && !category.isBlank()) {
      where.append(" and lower(s.category) = :category");
      params.put("category", category.strip().toLowerCase(Locale.ROOT));
    }
    if (after != null) {
      List<String> cursor = Cursor.decode(after, 2);
      UUID afterId = Cursor.uuid(cursor.get(1));
      where.append(
          " and (lower(s.name) > :afterName or (lower(s.name) = :afterName and s.id > :afterId))");
      params.put("afterName", cursor.get(0));
      params.put("afterId", afterId);
    }
    TypedQuery<Skill> query =
        em.createQuery(
            "select s from Skill s " + where + " order by lower(s.name), s.id", Skill.class);
    params.forEach(query::setParameter);
    return Page.fromLookahead(
        query.setMaxResults(limit + 1).getResultList(),
        limit,
        last -> List.of(last.name.toLowerCase(Locale.ROOT), last.id.toString()));
  }

  public Skill get(String ref) {
    return references.skill(ref);
  }

  public Skill create(String name, String category, String description) {
    String cleanName = validName(name);
    requireUniqueName(cleanName, null);
    Instant now = clock.instant();
    Skill skill = new Skill();
    skill.id = TimeOrderedUuids.next();
    skill.name = cleanName;
    skill.category = blankToNull(category);
    skill.description = blankToNull(description);
    skill.createdAt = now;
    skill.updatedAt = now;
    skill.persist();
    return skill;
  }

  /** Changes the given fields (null leaves a field as it is; "" clears category or description). */
  public Skill edit(String ref, String ifMatch, String name, String category, String description) {
    Skill skill = references.skill(ref);
    ETags.checkIfMatch(ifMatch, skill.version);
    if (name != null) {
      String cleanName = validName(name);
      requireUniqueName(cleanName, skill.id);
      skill.name = cleanName;
    }
    if (category != null) {
      skill.category = blankToNull(category);
    }
    if (description != null) {
      skill.description = blankToNull(description);
    }
    skill.updatedAt = clock.instant();
    Skill.flush();
    return skill;
  }

  private static String validName(String name) {
    String clean = name.strip();
    if (clean.contains(",")) {
      throw ProblemException.badRequest(
          "invalid-skill-name",
          "A skill name may not contain a comma: queries list skills comma-separated.");
    }
    try {
      UUID.fromString(clean);
      throw ProblemException.badRequest(
          "invalid-skill-name",
          "A skill name may not be a UUID: skills are referred to by id too.");
    } catch (IllegalArgumentException notAnId) {
      return clean;
    }
  }

  private static void requireUniqueName(String name, UUID except) {
    Skill existing =
        Skill.<Skill>find("lower(name) = ?1", name.toLowerCase(Locale.ROOT)).firstResult();
    if (existing != null && !existing.id.equals(except)) {
      throw ProblemException.conflict(
          "duplicate-skill",
          "A skill named '" + existing.name + "' already exists (id " + existing.id + ").",
          Map.of("existingId", existing.id.toString()));
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
