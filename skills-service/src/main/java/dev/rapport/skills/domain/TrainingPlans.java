package dev.rapport.skills.domain;

import dev.rapport.support.api.Cursor;
import dev.rapport.support.api.ETags;
import dev.rapport.support.api.Page;
import dev.rapport.support.ids.TimeOrderedUuids;
import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Training plans and their rules.
 *
 * <ul>
 *   <li>Assigning: a lead of the person or an admin; the target must be above the person's current
 *       level (422), the due date not in the past (422), and there may be one open plan per person
 *       and skill (409).
 *   <li>Reading: the person themselves and IT staff.
 *   <li>Changing: the person may report progress only; a lead of the person or an admin may also
 *       change the due date and the resource, start it (IN_PROGRESS) or cancel it (CANCELLED).
 *       Progress above 0 starts an ASSIGNED plan. A completed or cancelled plan does not change
 *       (409).
 *   <li>Completing: a lead of the person or an admin, never the person themselves. The level
 *       becomes max(current, target), source TRAINING, verified by who completed it.
 * </ul>
 *
 * <p>Longer than a screen or two because a plan's lifecycle (assign, read, change, complete) is one
 * set of rules, with its listing.
 */
@ApplicationScoped
public class TrainingPlans {
  private final Clock clock;
  private final EntityManager em;
  private final Stewardship stewardship;
  private final PersonSkills personSkills;
  private final SkillEventPublisher events;

  TrainingPlans(
      Clock clock,
      EntityManager em,
      Stewardship stewardship,
      PersonSkills personSkills,
      SkillEventPublisher events) {
    this.clock = clock;
    this.em = em;
    this.stewardship = stewardship;
    this.personSkills = personSkills;
    this.events = events;
  }

  /** What to change; null fields stay as they are. */
  public record Changes(
      Integer progressPercent, TrainingStatus status, LocalDate dueDate, String resource) {
    boolean onlyProgress() {
      return status == null && dueDate == null && resource == null;
    }
  }

  /** Who may be listed: a person, a team's members, statuses. Null means any. */
  public record Filter(
      Person person, Team team, Collection<TrainingStatus> statuses, String after, int limit) {}

  public TrainingPlan assign(
      Person person,
      Skill skill,
      int targetLevel,
      LocalDate dueDate,
      String resource,
      Caller caller) {
    if (!stewardship.leadsPerson(caller, person.id)) {
      throw ProblemException.forbidden(
          "Only a lead of one of "
              + person.userName
              + "'s teams, their manager, or an admin may assign them training.");
    }
    int current = PersonSkills.levelOf(person, skill);
    if (targetLevel <= current) {
      throw ProblemException.unprocessable(
          "target-not-above-current",
          person.userName
              + " is already at level "
              + current
              + " in "
              + skill.name
              + "; a plan must aim above it.");
    }
    requireNotPast(dueDate);
    TrainingPlan open =
        TrainingPlan.<TrainingPlan>find(
                "personId = ?1 and skillId = ?2 and status in ?3",
                person.id,
                skill.id,
                List.of(TrainingStatus.ASSIGNED, TrainingStatus.IN_PROGRESS))
            .firstResult();
    if (open != null) {
      throw ProblemException.conflict(
          "open-plan-exists",
          person.userName + " already has an open plan in " + skill.name + " (id " + open.id + ").",
          Map.of("existingId", open.id.toString()));
    }
    TrainingPlan plan = new TrainingPlan();
    plan.id = TimeOrderedUuids.next();
    plan.personId = person.id;
    plan.skillId = skill.id;
    plan.startLevel = current;
    plan.targetLevel = targetLevel;
    plan.dueDate = dueDate;
    plan.resource = blankToNull(resource);
    plan.progressPercent = 0;
    plan.status = TrainingStatus.ASSIGNED;
    plan.assignedBy = caller.userName();
    plan.assignedAt = clock.instant();
    plan.persist();
    events.trainingAssigned(plan, person, skill, caller.userName());
    return plan;
  }

  /** The plan, if the caller may see it (the person or staff); else 404. */
  public TrainingPlan get(UUID id, Caller caller) {
    TrainingPlan plan = TrainingPlan.findById(id);
    if (plan == null || !caller.staff() && !isTrainee(plan, caller)) {
      throw ProblemException.notFound("Training plan", id.toString());
    }
    return plan;
  }

  public TrainingPlan change(UUID id, Changes changes, String ifMatch, Caller caller) {
    TrainingPlan plan = get(id, caller);
    boolean steward = !isTrainee(plan, caller) && stewardship.leadsPerson(caller, plan.personId);
    if (!steward) {
      if (!isTrainee(plan, caller)) {
        throw ProblemException.forbidden(
            "Only the person in training, their lead or an admin may change a plan.");
      }
      if (!changes.onlyProgress()) {
        throw ProblemException.forbidden(
            "You may report progress on your own plan; its status, due date and resource are"
                + " your lead's to change.");
      }
    }
    ETags.checkIfMatch(ifMatch, plan.version);
    requireOpen(plan, "changed");
    if (changes.status() != null) {
      if (changes.status() != TrainingStatus.IN_PROGRESS
          && changes.status() != TrainingStatus.CANCELLED) {
        throw ProblemException.unprocessable(
            "illegal-status",
            "status may be set to IN_PROGRESS or CANCELLED; completing is POST"
                + " /api/v1/training-plans/{id}/completion.");
      }
      plan.status = changes.status();
    }
    if (changes.progressPercent() != null) {
      plan.progressPercent = changes.progressPercent();
      if (plan.progressPercent > 0 && plan.status == TrainingStatus.ASSIGNED) {
        plan.status = TrainingStatus.IN_PROGRESS;
      }
    }
    if (changes.dueDate() != null) {
      requireNotPast(changes.dueDate());
      plan.dueDate = changes.dueDate();
    }
    if (changes.resource() != null) {
      plan.resource = blankToNull(changes.resource());
    }
    TrainingPlan.flush();
    return plan;
  }

  /** Completion: the level rises to the target (source TRAINING) and the gaps are refreshed. */
  public TrainingPlan complete(UUID id, String note, String ifMatch, Caller caller) {
    TrainingPlan plan = get(id, caller);
    if (isTrainee(plan, caller)) {
      throw ProblemException.forbidden(
          "Nobody may complete their own training; their lead or an admin records it.");
    }
    if (!stewardship.leadsPerson(caller, plan.personId)) {
      throw ProblemException.forbidden(
          "Only a lead of the person in training or an admin may complete a plan.");
    }
    ETags.checkIfMatch(ifMatch, plan.version);
    requireOpen(plan, "completed");
    Person person = Person.findById(plan.personId);
    Skill skill = Skill.findById(plan.skillId);
    plan.status = TrainingStatus.COMPLETED;
    plan.progressPercent = 100;
    plan.completedAt = clock.instant();
    String historyNote =
        note == null || note.isBlank()
            ? "Completed training plan " + plan.id
            : note.strip() + " (training plan " + plan.id + ")";
    int previous =
        personSkills.raiseByTraining(
            person, skill, plan.targetLevel, historyNote, caller.userName());
    int now = PersonSkills.levelOf(person, skill);
    TrainingPlan.flush();
    events.trainingCompleted(plan, person, skill, previous, now, caller.userName());
    return plan;
  }

  /**
   * Plans, newest assignment first, in pages: the cursor holds the last plan's assignedAt and id.
   * Callers who are not staff see only their own.
   */
  public Page<TrainingPlan> list(Filter filter, Caller caller) {
    Person person = filter.person();
    if (!caller.staff()) {
      if (filter.team() != null) {
        throw ProblemException.forbidden("Training plans by team are for IT staff.");
      }
      if (person != null && !stewardship.isSelf(caller, person)) {
        throw ProblemException.forbidden("You may list only your own training plans.");
      }
      Optional<Person> me = Person.findByUserName(caller.userName());
      if (me.isEmpty()) {
        return new Page<>(List.of(), null); // not provisioned: no plans
      }
      person = me.get();
    }
    StringBuilder where = new StringBuilder("where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (person != null) {
      where.append(" and p.personId = :person");
      params.put("person", person.id);
    }
    if (filter.team() != null) {
      where.append(
          " and p.personId in (select m.id from Team t join t.members m where t.id = :team)");
      params.put("team", filter.team().id);
    }
    if (filter.statuses() != null && !filter.statuses().isEmpty()) {
      where.append(" and p.status in :statuses");
      params.put("statuses", filter.statuses());
    }
    if (filter.after() != null) {
      Cursor.Position after = Cursor.decodePosition(filter.after());
      params.put("afterAt", after.at());
      params.put("afterId", after.id());
      where.append(
          " and (p.assignedAt < :afterAt or (p.assignedAt = :afterAt and p.id < :afterId))");
    }
    TypedQuery<TrainingPlan> query =
        em.createQuery(
            "select p from TrainingPlan p " + where + " order by p.assignedAt desc, p.id desc",
            TrainingPlan.class);
    params.forEach(query::setParameter);
    List<TrainingPlan> rows = query.setMaxResults(filter.limit() + 1).getResultList();
    String next = null;
    if (rows.size() > filter.limit()) {
      rows = new ArrayList<>(rows.subList(0, filter.limit()));
      TrainingPlan last = rows.get(rows.size() - 1);
      next = Cursor.encode(List.of(last.assignedAt.toString(), last.id.toString()));
    }
    return new Page<>(rows, next);
  }

  private boolean isTrainee(TrainingPlan plan, Caller caller) {
    Person trainee = Person.findById(plan.personId);
    return trainee != null && stewardship.isSelf(caller, trainee);
  }

  private void requireNotPast(LocalDate dueDate) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    if (dueDate != null && dueDate.isBefore(today)) {
      throw ProblemException.unprocessable(
          "due-date-in-past", "dueDate " + dueDate + " is in the past (today is " + today + ").");
    }
  }

  private static void requireOpen(TrainingPlan plan, String what) {
    if (!plan.status.open()) {
      throw ProblemException.conflict(
          "plan-closed",
          "This plan is " + plan.status + " and cannot be " + what + ".",
          // Not "status": Problem.body() drops extensions named like standard members.
          Map.of("planStatus", plan.status.name()));
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
