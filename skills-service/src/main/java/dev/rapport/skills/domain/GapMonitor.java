package dev.rapport.skills.domain;

import dev.rapport.skills.config.DemandConfig;
import dev.rapport.skills.domain.GapAnalysis.Assessment;
import dev.rapport.skills.domain.TicketDemand.Demand;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Recomputes team gaps after a change that can move them, and announces each gap that opened,
 * closed or changed severity ({@code rapport.skill-gap.changed.v1}) in the transaction of the
 * change. Callers: provisioning (membership, deactivation), person skills, requirements, training
 * completion, and the ticket consumer (demand).
 *
 * <p>The last announced severity of each open gap is kept in {@code skill_gap_states}; a gap whose
 * severity is the same as announced is not announced again. Demand counts over {@code
 * rapport.skills.demand.window}. A requirement removed while its gap is open is announced CLOSED
 * (needed 0). The teams' rows are locked while their gaps are compared, so two concurrent changes
 * never announce the same opening twice.
 */
@ApplicationScoped
public class GapMonitor {
  private final EntityManager em;
  private final TeamGaps teamGaps;
  private final SkillEventPublisher events;
  private final DemandConfig config;
  private final Clock clock;

  GapMonitor(
      EntityManager em,
      TeamGaps teamGaps,
      SkillEventPublisher events,
      DemandConfig config,
      Clock clock) {
    this.em = em;
    this.teamGaps = teamGaps;
    this.events = events;
    this.config = config;
    this.clock = clock;
  }

  /** Recompute every requirement of these teams. Must run inside the changing transaction. */
  public void refreshTeams(Collection<UUID> teamIds) {
    if (teamIds.isEmpty()) {
      return;
    }
    // The queries below must see this transaction's own changes.
    em.flush();
    List<UUID> locked = lock(new TreeSet<>(teamIds));
    if (locked.isEmpty()) {
      return;
    }
    DemandWindow window = new DemandWindow(config.window());
    Instant now = clock.instant();
    Map<SkillGapState.Key, SkillGapState> announced = new HashMap<>();
    SkillGapState.<SkillGapState>list("teamId in ?1", locked)
        .forEach(s -> announced.put(new SkillGapState.Key(s.teamId, s.skillId), s));
    for (TeamGaps.TeamGap gap : teamGaps.ofTeams(locked, window)) {
      SkillGapState state = announced.remove(new SkillGapState.Key(gap.teamId(), gap.skillId()));
      GapSeverity previous = state == null ? GapSeverity.NONE : state.severity;
      if (previous == gap.severity()) {
        continue;
      }
      events.gapChanged(
          gap.teamId(),
          gap.teamName(),
          gap.skillId(),
          gap.skillName(),
          gap.minimumLevel(),
          gap.assessment(),
          previous,
          now);
      remember(state, gap.teamId(), gap.skillId(), gap.severity(), gap.minimumLevel(), now);
    }
    // What is left was announced open but is no longer required.
    for (SkillGapState orphan : announced.values()) {
      closeRemoved(orphan, window, now);
    }
  }

  /** Recompute the requirements (of any team) on these skills. */
  @SuppressWarnings("unchecked")
  public void refreshSkills(Collection<UUID> skillIds) {
    if (skillIds.isEmpty()) {
      return;
    }
    em.flush();
    List<UUID> teams =
        em.createNativeQuery(
                "select team_id from team_requirements where skill_id in (?1)"
                    + " union select team_id from skill_gap_states where skill_id in (?1)")
            .setParameter(1, skillIds)
            .getResultList();
    refreshTeams(teams);
  }

  /**
   * Ask for the requirements on these skills to be recomputed within {@code
   * rapport.skills.gaps.refresh-delay} (by {@link GapSweep}), rather than now: for changes that
   * come in bursts, such as ticket demand. The request commits with the calling transaction.
   */
  public void refreshSkillsSoon(Collection<UUID> skillIds) {
    Instant now = clock.instant();
    for (UUID skillId : new TreeSet<>(skillIds)) {
      // DO UPDATE, not DO NOTHING: it locks a request already there until this transaction
      // commits. With DO NOTHING, refreshRequestedSkills could delete that request and recompute
      // before this transaction's demand is visible, and the change would never be recomputed.
      // With the lock, its DELETE waits for this commit, then recomputes with the change; and a
      // request it has deleted first makes this insert wait and then add a new one.
      em.createNativeQuery(
              "insert into gap_refresh_requests (skill_id, requested_at) values (?1, ?2)"
                  + " on conflict (skill_id)"
                  + " do update set requested_at = gap_refresh_requests.requested_at")
          .setParameter(1, skillId)
          .setParameter(2, Timestamp.from(now))
          .executeUpdate();
    }
  }

  /**
   * Recompute the skills asked for by {@link #refreshSkillsSoon}, and forget the requests, in the
   * calling transaction (so a failure leaves them for the next round). Answers how many skills.
   */
  @SuppressWarnings("unchecked")
  public int refreshRequestedSkills() {
    List<UUID> skills =
        em.createNativeQuery("delete from gap_refresh_requests returning skill_id").getResultList();
    refreshSkills(skills);
    return skills.size();
  }

  /** Recompute the teams this person is a member of. */
  @SuppressWarnings("unchecked")
  public void refreshPerson(UUID personId) {
    em.flush();
    List<UUID> teams =
        em.createNativeQuery("select team_id from team_members where person_id = ?1")
            .setParameter(1, personId)
            .getResultList();
    refreshTeams(teams);
  }

  @SuppressWarnings("unchecked")
  private List<UUID> lock(Collection<UUID> teamIds) {
    return em.createNativeQuery("select id from teams where id in (?1) order by id for update")
        .setParameter(1, teamIds)
        .getResultList();
  }

  private void remember(
      SkillGapState state,
      UUID teamId,
      UUID skillId,
      GapSeverity severity,
      int minimumLevel,
      Instant now) {
    if (severity == GapSeverity.NONE) {
      if (state != null) {
        state.delete();
      }
      return;
    }
    SkillGapState current = state;
    if (current == null) {
      current = new SkillGapState();
      current.teamId = teamId;
      current.skillId = skillId;
      current.severity = severity;
      current.minimumLevel = minimumLevel;
      current.changedAt = now;
      current.persist();
      return;
    }
    current.severity = severity;
    current.minimumLevel = minimumLevel;
    current.changedAt = now;
  }

  private void closeRemoved(SkillGapState orphan, DemandWindow window, Instant now) {
    Team team = Team.findById(orphan.teamId);
    Skill skill = Skill.findById(orphan.skillId);
    int level = orphan.minimumLevel == null ? ProficiencyLevel.MIN : orphan.minimumLevel;
    int had = teamGaps.holders(orphan.teamId, orphan.skillId, level).size();
    Demand demand =
        teamGaps
            .teamDemand(team.id, team.displayName, window.since(clock))
            .getOrDefault(skill.id, Demand.NONE);
    Assessment closed =
        new Assessment(
            0, had, 0, had, had == 1, demand.tickets(), demand.unmet(), 0, GapSeverity.NONE, null);
    events.gapChanged(
        team.id, team.displayName, skill.id, skill.name, level, closed, orphan.severity, now);
    orphan.delete();
  }
}
