package dev.rapport.skills.domain;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Demand for skills seen in tickets (rapport.tickets.v1, projected into {@code tickets} and {@code
 * ticket_skills} by the ticket consumer): how many tickets opened in a window required each skill,
 * and how many of those were unmet (nobody available held the skill when the ticket was opened).
 */
@ApplicationScoped
public class TicketDemand {
  /**
   * A ticket that named a skill before the catalogue had it counts for that skill once it is added
   * (names compared without regard to case).
   */
  private static final String LATE_CATALOGUE_JOIN =
      " left join skills k on s.skill_id is null and lower(k.name) = lower(s.skill_ref)";

  /**
   * Demand for one skill.
   *
   * @param tickets tickets opened since the start of the window that require the skill
   * @param unmet of those, the ones opened when nobody available held the skill
   */
  public record Demand(int tickets, int unmet) {
    public static final Demand NONE = new Demand(0, 0);
  }

  /**
   * Demand per catalogue skill for tickets opened at or after {@code since}; skills without demand
   * are absent. A ticket that named a skill the catalogue did not have yet counts for it once it is
   * added under that name.
   *
   * @param teamId only tickets routed to this team (the ticket's teamId), or every ticket when
   *     empty
   */
  @SuppressWarnings("unchecked")
  public Map<UUID, Demand> bySkill(Optional<String> teamId, Instant since) {
    var query =
        Panache.getEntityManager()
            .createNativeQuery(
                "select coalesce(s.skill_id, k.id), count(distinct t.id),"
                    + " count(distinct t.id) filter (where s.unmet)"
                    + " from tickets t join ticket_skills s on s.ticket_id = t.id"
                    + LATE_CATALOGUE_JOIN
                    + " where coalesce(s.skill_id, k.id) is not null and t.opened_at >= ?1"
                    + (teamId.isPresent() ? " and t.team_id = ?2" : "")
                    + " group by coalesce(s.skill_id, k.id)")
            .setParameter(1, Timestamp.from(since));
    teamId.ifPresent(team -> query.setParameter(2, team));
    Map<UUID, Demand> demand = new HashMap<>();
    for (Object[] row : (List<Object[]>) query.getResultList()) {
      demand.put(
          (UUID) row[0], new Demand(((Number) row[1]).intValue(), ((Number) row[2]).intValue()));
    }
    return demand;
  }

  /**
   * Demand per catalogue skill for the tickets of each of these teams (the ticket's teamId, matched
   * exactly) opened at or after {@code since}, in one query; teams and skills without demand are
   * absent.
   */
  @SuppressWarnings("unchecked")
  public Map<String, Map<UUID, Demand>> byTeamAndSkill(Collection<String> teamIds, Instant since) {
    if (teamIds.isEmpty()) {
      return Map.of();
    }
    List<Object[]> rows =
        Panache.getEntityManager()
            .createNativeQuery(
                "select t.team_id, coalesce(s.skill_id, k.id), count(distinct t.id),"
                    + " count(distinct t.id) filter (where s.unmet)"
                    + " from tickets t join ticket_skills s on s.ticket_id = t.id"
                    + LATE_CATALOGUE_JOIN
                    + " where coalesce(s.skill_id, k.id) is not null and t.opened_at >= ?1"
                    + " and t.team_id in (?2)"
                    + " group by t.team_id, coalesce(s.skill_id, k.id)")
            .setParameter(1, Timestamp.from(since))
            .setParameter(2, teamIds)
            .getResultList();
    Map<String, Map<UUID, Demand>> demand = new HashMap<>();
    for (Object[] row : rows) {
      demand
          .computeIfAbsent((String) row[0], team -> new HashMap<>())
          .put(
              (UUID) row[1],
              new Demand(((Number) row[2]).intValue(), ((Number) row[3]).intValue()));
    }
    return demand;
  }

  /**
   * Demand for one skill as tickets named it.
   *
   * @param skillId the catalogue skill, or null when the catalogue has no skill by that name
   * @param skillRef the name (or id) as a ticket gave it; for catalogue skills, one of the names
   *     tickets used
   * @param tickets tickets opened in the window that require it
   * @param unmet of those, the ones opened when nobody available held it
   */
  public record RefDemand(UUID skillId, String skillRef, int tickets, int unmet) {}

  /**
   * Demand per skill, catalogue or not, for tickets opened at or after {@code since}, most demanded
   * first (then most unmet). Names outside the catalogue are grouped without regard to case.
   *
   * @param teamIds only tickets routed to one of these teams (the ticket's teamId, compared without
   *     regard to case), or every ticket when empty
   */
  @SuppressWarnings("unchecked")
  public List<RefDemand> byReference(Collection<String> teamIds, Instant since) {
    var query =
        Panache.getEntityManager()
            .createNativeQuery(
                "select coalesce(s.skill_id, k.id),"
                    + " case when coalesce(s.skill_id, k.id) is null then lower(s.skill_ref) end,"
                    + " min(s.skill_ref), count(distinct t.id),"
                    + " count(distinct t.id) filter (where s.unmet)"
                    + " from tickets t join ticket_skills s on s.ticket_id = t.id"
                    + LATE_CATALOGUE_JOIN
                    + " where t.opened_at >= ?1"
                    + (teamIds.isEmpty() ? "" : " and lower(t.team_id) in (?2)")
                    + " group by 1, 2 order by 4 desc, 5 desc, 3")
            .setParameter(1, Timestamp.from(since));
    if (!teamIds.isEmpty()) {
      query.setParameter(2, teamIds.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList());
    }
    List<RefDemand> demand = new ArrayList<>();
    for (Object[] row : (List<Object[]>) query.getResultList()) {
      demand.add(
          new RefDemand(
              (UUID) row[0],
              (String) row[2],
              ((Number) row[3]).intValue(),
              ((Number) row[4]).intValue()));
    }
    return demand;
  }
}
