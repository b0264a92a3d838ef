package dev.rapport.skills.domain;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What people are doing, as seen in tickets: their open load (tickets assigned to them and not yet
 * resolved, closed or cancelled) and their evidence of practice (tickets they resolved that
 * required a skill).
 */
@ApplicationScoped
public class Workload {

  /** Open tickets per userName, keyed by the lower-cased userName; people with none are absent. */
  @SuppressWarnings("unchecked")
  public Map<String, Integer> openTickets(Collection<String> userNames) {
    if (userNames.isEmpty()) {
      return Map.of();
    }
    List<Object[]> rows =
        Panache.getEntityManager()
            .createNativeQuery(
                "select lower(assignee), count(*) from tickets"
                    + " where status not in ('RESOLVED', 'CLOSED', 'CANCELLED')"
                    + " and lower(assignee) in (?1) group by lower(assignee)")
            .setParameter(1, userNames.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList())
            .getResultList();
    Map<String, Integer> load = new HashMap<>();
    rows.forEach(row -> load.put((String) row[0], ((Number) row[1]).intValue()));
    return load;
  }

  /** Open tickets of one person (0 when none). */
  public int openTickets(String userName) {
    return openTickets(List.of(userName)).getOrDefault(userName.toLowerCase(Locale.ROOT), 0);
  }

  /** A ticket in someone's hands. */
  public record OpenTicket(UUID id, String key, String status, String priority, Instant openedAt) {}

  /** The open tickets assigned to one person, most urgent first (priority, then oldest). */
  @SuppressWarnings("unchecked")
  public List<OpenTicket> openTicketsOf(String userName) {
    List<Object[]> rows =
        Panache.getEntityManager()
            .createNativeQuery(
                "select id, ticket_key, status, priority, opened_at from tickets"
                    + " where status not in ('RESOLVED', 'CLOSED', 'CANCELLED')"
                    + " and lower(assignee) = lower(?1) order by priority, opened_at, ticket_key")
            .setParameter(1, userName)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new OpenTicket(
                    (UUID) row[0],
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    instant(row[4])))
        .toList();
  }

  /**
   * Tickets each person resolved since {@code since} that required {@code skillId}; people with
   * none are absent.
   */
  @SuppressWarnings("unchecked")
  public Map<UUID, Integer> resolvedWithSkill(
      UUID skillId, Collection<UUID> personIds, Instant since) {
    if (personIds.isEmpty()) {
      return Map.of();
    }
    List<Object[]> rows =
        Panache.getEntityManager()
            .createNativeQuery(
                "select person_id, count(*) from skill_evidence"
                    + " where skill_id = ?1 and person_id in (?2) and resolved_at >= ?3"
                    + " group by person_id")
            .setParameter(1, skillId)
            .setParameter(2, personIds)
            .setParameter(3, Timestamp.from(since))
            .getResultList();
    Map<UUID, Integer> evidence = new HashMap<>();
    rows.forEach(row -> evidence.put((UUID) row[0], ((Number) row[1]).intValue()));
    return evidence;
  }

  /** Tickets one person resolved, per skill they required, since {@code since}. */
  @SuppressWarnings("unchecked")
  public Map<UUID, Integer> resolvedBySkill(UUID personId, Instant since) {
    List<Object[]> rows =
        Panache.getEntityManager()
            .createNativeQuery(
                "select skill_id, count(*) from skill_evidence"
                    + " where person_id = ?1 and resolved_at >= ?2 group by skill_id")
            .setParameter(1, personId)
            .setParameter(2, Timestamp.from(since))
            .getResultList();
    Map<UUID, Integer> evidence = new HashMap<>();
    rows.forEach(row -> evidence.put((UUID) row[0], ((Number) row[1]).intValue()));
    return evidence;
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    return (Instant) value;
  }
}
