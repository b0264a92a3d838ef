package dev.rapport.skills.domain;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
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
   * are absent.
   *
   * @param teamId only tickets routed to this team (the ticket's teamId), or every ticket when
   *     empty
   */
  @SuppressWarnings("unchecked")
  public Map<UUID, Demand> bySkill(Optional<String> teamId, Instant since) {
    var query =
        Panache.getEntityManager()
            .createNativeQuery(
                "select s.skill_id, count(distinct t.id),"
                    + " count(distinct t.id) filter (where s.unmet)"
                    + " from tickets t join ticket_skills s on s.ticket_id = t.id"
                    + " where s.skill_id is not null and t.opened_at >= ?1"
                    + (teamId.isPresent() ? " and t.team_id = ?2" : "")
                    + " group by s.skill_id")
            .setParameter(1, Timestamp.from(since));
    teamId.ifPresent(team -> query.setParameter(2, team));
    Map<UUID, Demand> demand = new HashMap<>();
    for (Object[] row : (List<Object[]>) query.getResultList()) {
      demand.put(
          (UUID) row[0], new Demand(((Number) row[1]).intValue(), ((Number) row[2]).intValue()));
    }
    return demand;
  }
}
