package dev.rapport.skills.domain;

import dev.rapport.support.api.Cursor;
import dev.rapport.support.api.ETags;
import dev.rapport.support.api.Page;
import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of a person's skills.
 *
 * <ul>
 *   <li>Reading: the person themselves and IT staff (agent, lead, admin, integration); to anyone
 *       else the person does not exist (404).
 *   <li>Setting a level: the person themselves records a self-assessment (source SELF, unverified,
 *       whatever it was before); a lead who leads them ({@link Stewardship#leadsPerson}) or an
 *       admin sets it verified by themselves (source MANAGER). Anyone else: 403.
 *   <li>Verifying: a lead of the person or an admin, never the person themselves. Confirming keeps
 *       the level and its source and records who verified and when; a different level corrects it
 *       (source MANAGER).
 *   <li>Removing: the person themselves or their lead.
 *   <li>Every change writes a history row and refreshes the gaps of the person's teams.
 * </ul>
 */
@ApplicationScoped
public class PersonSkills {
  private final Clock clock;
  private final Stewardship stewardship;
  private final GapMonitor gaps;

  PersonSkills(Clock clock, Stewardship stewardship, GapMonitor gaps) {
    this.clock = clock;
    this.stewardship = stewardship;
    this.gaps = gaps;
  }

  /** A person's level as changed, and whether it was new. */
  public record Change(PersonSkill skill, boolean created) {}

  /** The 404 a caller gets for a person they may not see: themselves and IT staff only. */
  public void requireVisible(Person person, Caller caller) {
    if (!caller.staff() && !stewardship.isSelf(caller, person)) {
      throw ProblemException.notFound("Person", person.userName);
    }
  }

  public List<PersonSkill> of(Person person, Caller caller) {
    requireVisible(person, caller);
    return PersonSkill.list("personId", person.id);
  }

  public PersonSkill get(Person person, Skill skill, Caller caller) {
    requireVisible(person, caller);
    return held(person, skill);
  }

  /** Sets the level as a self-assessment or as the person's lead, depending on who calls. */
  public Change set(
      Person person, Skill skill, int level, String note, String ifMatch, Caller caller) {
    requireVisible(person, caller);
    boolean self = stewardship.isSelf(caller, person);
    if (!self && !stewardship.leadsPerson(caller, person.id)) {
      throw ProblemException.forbidden(
          "Only "
              + person.userName
              + " (a self-assessment), a lead of one of their teams or their manager, or an admin"
              + " may set their skills.");
    }
    PersonSkill current = PersonSkill.findById(new PersonSkill.Key(person.id, skill.id));
    if (current != null) {
      ETags.checkIfMatch(ifMatch, current.version);
    }
    Integer previous = current == null ? null : current.level;
    if (self
        && current != null
        && current.level == level
        && current.source == SkillSource.SELF
        && current.verifiedBy == null) {
      return new Change(current, false); // the same self-assessment again changes nothing
    }
    PersonSkill changed = current == null ? newLevel(person, skill) : current;
    changed.level = level;
    if (self) {
      changed.source = SkillSource.SELF;
      changed.verifiedBy = null;
      changed.verifiedAt = null;
    } else {
      changed.source = SkillSource.MANAGER;
      changed.verifiedBy = caller.userName();
      changed.verifiedAt = clock.instant();
    }
    save(changed, current == null, previous, caller.userName(), note);
    return new Change(changed, current == null);
  }

  /** A lead confirms the level, or corrects it when {@code level} differs. */
  public PersonSkill verify(
      Person person, Skill skill, Integer level, String note, String ifMatch, Caller caller) {
    requireVisible(person, caller);
    requireSteward(person, caller, "verify");
    PersonSkill current = PersonSkill.findById(new PersonSkill.Key(person.id, skill.id));
    if (current == null && level == null) {
      throw ProblemException.notFound(
          person.userName + "'s level in skill", skill.name + " (give a level to set one)");
    }
    if (current != null) {
      ETags.checkIfMatch(ifMatch, current.version);
    }
    Integer previous = current == null ? null : current.level;
    PersonSkill changed = current == null ? newLevel(person, skill) : current;
    if (current == null || (level != null && level != current.level)) {
      changed.level = level;
      changed.source = SkillSource.MANAGER;
    }
    changed.verifiedBy = caller.userName();
    changed.verifiedAt = clock.instant();
    save(changed, current == null, previous, caller.userName(), note);
    return changed;
  }

  public void remove(Person person, Skill skill, String note, Caller caller) {
    requireVisible(person, caller);
    if (!stewardship.isSelf(caller, person) && !stewardship.leadsPerson(caller, person.id)) {
      throw ProblemException.forbidden(
          "Only " + person.userName + ", their lead or an admin may remove their skills.");
    }
    PersonSkill current = held(person, skill);
    history(current, current.level, null, caller.userName(), note);
    current.delete();
    gaps.refreshPerson(person.id);
  }

  /**
   * Completing training raises the level to at least {@code target}, source TRAINING, verified by
   * who recorded the completion. Answers the level before (0 when none).
   */
  public int raiseByTraining(Person person, Skill skill, int target, String note, String actor) {
    PersonSkill current = PersonSkill.findById(new PersonSkill.Key(person.id, skill.id));
    Integer previous = current == null ? null : current.level;
    PersonSkill changed = current == null ? newLevel(person, skill) : current;
    changed.level = Math.max(previous == null ? 0 : previous, target);
    changed.source = SkillSource.TRAINING;
    changed.verifiedBy = actor;
    changed.verifiedAt = clock.instant();
    save(changed, current == null, previous, actor, note);
    return previous == null ? 0 : previous;
  }

  /** The person's level in a skill now, 0 when they have none. */
  public static int levelOf(Person person, Skill skill) {
    PersonSkill current = PersonSkill.findById(new PersonSkill.Key(person.id, skill.id));
    return current == null ? 0 : current.level;
  }

  /**
   * History of the person's skills (of one skill when {@code skill} is not null), newest first, in
   * pages: the cursor holds the last row's id.
   */
  public Page<PersonSkillHistory> history(
      Person person, Skill skill, Caller caller, String after, int limit) {
    requireVisible(person, caller);
    StringBuilder where = new StringBuilder("personId = :person");
    Map<String, Object> params = new HashMap<>();
    params.put("person", person.id);
    if (skill != null) {
      where.append(" and skillId = :skill");
      params.put("skill", skill.id);
    }
    if (after != null) {
      String lastId = Cursor.decode(after, 1).get(0);
      try {
        params.put("after", Long.parseLong(lastId));
      } catch (NumberFormatException e) {
        throw Cursor.invalid();
      }
      where.append(" and id < :after");
    }
    List<PersonSkillHistory> rows =
        PersonSkillHistory.<PersonSkillHistory>find(where + " order by id desc", params)
            .page(0, limit + 1)
            .list();
    return Page.fromLookahead(rows, limit, last -> List.of(last.id.toString()));
  }

  private void requireSteward(Person person, Caller caller, String what) {
    if (stewardship.isSelf(caller, person)) {
      throw ProblemException.forbidden("Nobody may " + what + " their own skills.");
    }
    if (!stewardship.leadsPerson(caller, person.id)) {
      throw ProblemException.forbidden(
          "Only a lead of one of "
              + person.userName
              + "'s teams, their manager, or an admin may "
              + what
              + " their skills.");
    }
  }

  private static PersonSkill held(Person person, Skill skill) {
    PersonSkill current = PersonSkill.findById(new PersonSkill.Key(person.id, skill.id));
    if (current == null) {
      throw ProblemException.notFound(person.userName + "'s level in skill", skill.name);
    }
    return current;
  }

  private static PersonSkill newLevel(Person person, Skill skill) {
    PersonSkill created = new PersonSkill();
    created.personId = person.id;
    created.skillId = skill.id;
    return created;
  }

  private void save(
      PersonSkill changed, boolean created, Integer previous, String actor, String note) {
    changed.updatedAt = clock.instant();
    if (created) {
      changed.persist();
    }
    history(changed, previous, changed.level, actor, note);
    // The version in the answer's ETag must be the one written.
    PersonSkill.flush();
    gaps.refreshPerson(changed.personId);
  }

  private void history(
      PersonSkill skill, Integer previous, Integer level, String actor, String note) {
    PersonSkillHistory row = new PersonSkillHistory();
    row.personId = skill.personId;
    row.skillId = skill.skillId;
    row.previousLevel = previous;
    row.level = level;
    row.source = skill.source;
    row.verifiedBy = level == null ? null : skill.verifiedBy;
    row.actor = actor;
    row.note = note == null || note.isBlank() ? null : note.strip();
    row.changedAt = clock.instant();
    row.persist();
  }
}
