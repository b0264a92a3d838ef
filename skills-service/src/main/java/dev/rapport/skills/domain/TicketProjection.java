package dev.rapport.skills.domain;

import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.skills.config.DemandConfig;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The rules that turn ticket events into demand, load and evidence of practice. Every ticket event
 * carries the whole ticket, so the projection follows the ticket's state rather than the event
 * type:
 *
 * <ul>
 *   <li>The ticket row takes the event's status, priority, assignee, team and updatedAt; openedAt
 *       is the ticket's createdAt. An event older than what is stored (updatedAt before the stored
 *       one) changes nothing.
 *   <li>Required skills follow the ticket's list, compared without regard to case: a new name or id
 *       is recorded (resolved against the catalogue with {@link Skill#byReference}; unknown names
 *       are kept with no skill so that demand for them stays visible), a name the ticket dropped is
 *       removed. A name unknown earlier is resolved again on every later event.
 *   <li>A newly recorded skill is <em>unmet</em> when no active person who is not unavailable at
 *       the moment the ticket came to need it (its opening, or the update that added it) holds it
 *       at the capable level ({@link DemandConfig#capableLevel()}) or above.
 *   <li>When the ticket becomes RESOLVED or CLOSED and its assignee is a known person, each of its
 *       catalogue skills becomes evidence of that person's practice; when it leaves those statuses
 *       (reopened), the ticket's evidence is removed, and a later resolution records it again.
 *   <li>Open load needs no rule here: it is the count of a person's assigned tickets that are not
 *       resolved, closed or cancelled ({@link Workload}).
 * </ul>
 *
 * After the skills of a ticket change, the gaps on those skills are recomputed ({@link
 * GapMonitor#refreshSkillsSoon}: the gaps follow within seconds, once per burst), in the same
 * transaction.
 */
@ApplicationScoped
public class TicketProjection {
  private final DemandConfig config;
  private final GapMonitor gapMonitor;

  TicketProjection(DemandConfig config, GapMonitor gapMonitor) {
    this.config = config;
    this.gapMonitor = gapMonitor;
  }

  /**
   * Applies the ticket as an event carried it. Must run inside the consumer's transaction.
   *
   * @throws IllegalArgumentException when the ticket lacks what every ticket event carries
   */
  public void apply(TicketSummary ticket) {
    requireComplete(ticket);
    TicketRecord record = TicketRecord.findById(ticket.id());
    boolean firstSeen = record == null;
    if (!firstSeen && ticket.updatedAt().isBefore(record.updatedAt)) {
      return; // an older state than the one applied already
    }
    boolean wasDone = !firstSeen && record.done();
    if (firstSeen) {
      record = new TicketRecord();
      record.id = ticket.id();
    }
    record.key = ticket.key();
    record.status = ticket.status();
    record.priority = ticket.priority();
    record.assignee = blankToNull(ticket.assignee());
    record.teamId = blankToNull(ticket.teamId());
    record.openedAt = ticket.createdAt();
    record.updatedAt = ticket.updatedAt();
    boolean done = record.done();
    if (done && !wasDone) {
      record.resolvedAt = ticket.updatedAt();
    } else if (!done) {
      record.resolvedAt = null;
    }
    if (firstSeen) {
      record.persist();
    }

    Set<UUID> changedSkills =
        followRequiredSkills(
            record.id,
            ticket.requiredSkills(),
            firstSeen ? ticket.createdAt() : ticket.updatedAt());
    Panache.getEntityManager().flush(); // the statements below read the rows written above

    if (done && !wasDone) {
      recordEvidence(record);
    } else if (!done && wasDone) {
      removeEvidence(record.id);
    }
    if (!changedSkills.isEmpty()) {
      gapMonitor.refreshSkillsSoon(changedSkills);
    }
  }

  /** Brings the ticket's recorded skills in line with {@code refs}; answers the skills touched. */
  private Set<UUID> followRequiredSkills(UUID ticketId, List<String> refs, Instant neededSince) {
    Map<String, String> wanted = new LinkedHashMap<>();
    for (String ref : refs) {
      if (ref != null && !ref.isBlank()) {
        wanted.putIfAbsent(ref.trim().toLowerCase(Locale.ROOT), ref.trim());
      }
    }
    Set<UUID> changed = new HashSet<>();
    List<TicketSkill> recorded = TicketSkill.list("ticketId", ticketId);
    for (TicketSkill skill : recorded) {
      if (wanted.remove(skill.skillRef.toLowerCase(Locale.ROOT)) == null) {
        if (skill.skillId != null) {
          changed.add(skill.skillId);
        }
        skill.delete();
      } else if (skill.skillId == null) {
        Optional<Skill> now = Skill.byReference(skill.skillRef);
        now.ifPresent(
            s -> {
              skill.skillId = s.id;
              changed.add(s.id);
            });
      }
    }
    for (String ref : wanted.values()) {
      Optional<Skill> skill = Skill.byReference(ref);
      TicketSkill needed = new TicketSkill();
      needed.ticketId = ticketId;
      needed.skillRef = ref;
      needed.skillId = skill.map(s -> s.id).orElse(null);
      needed.unmet = skill.isEmpty() || !anyoneCapable(skill.get().id, neededSince);
      needed.persist();
      skill.ifPresent(s -> changed.add(s.id));
    }
    return changed;
  }

  /** Whether an active person, not unavailable at {@code at}, holds the skill at capable level. */
  private boolean anyoneCapable(UUID skillId, Instant at) {
    Object found =
        Panache.getEntityManager()
            .createNativeQuery(
                "select exists (select 1 from person_skills ps join people p on p.id = ps.person_id"
                    + " where ps.skill_id = ?1 and ps.level >= ?2 and p.active"
                    + " and not exists (select 1 from unavailability u where u.person_id = p.id"
                    + " and u.starts_at <= ?3 and u.ends_at > ?3))")
            .setParameter(1, skillId)
            .setParameter(2, config.capableLevel())
            .setParameter(3, Timestamp.from(at))
            .getSingleResult();
    return Boolean.TRUE.equals(found);
  }

  private static void recordEvidence(TicketRecord ticket) {
    if (ticket.assignee == null) {
      return;
    }
    Person.findByUserName(ticket.assignee)
        .ifPresent(
            person ->
                Panache.getEntityManager()
                    .createNativeQuery(
                        "insert into skill_evidence (ticket_id, person_id, skill_id, resolved_at)"
                            + " select distinct cast(?1 as uuid), cast(?2 as uuid), skill_id,"
                            + " cast(?3 as timestamptz) from ticket_skills"
                            + " where ticket_id = ?1 and skill_id is not null"
                            + " on conflict do nothing")
                    .setParameter(1, ticket.id)
                    .setParameter(2, person.id)
                    .setParameter(3, Timestamp.from(ticket.resolvedAt))
                    .executeUpdate());
  }

  private static void removeEvidence(UUID ticketId) {
    Panache.getEntityManager()
        .createNativeQuery("delete from skill_evidence where ticket_id = ?1")
        .setParameter(1, ticketId)
        .executeUpdate();
  }

  private static void requireComplete(TicketSummary ticket) {
    if (ticket == null) {
      throw new IllegalArgumentException("the event carries no ticket");
    }
    if (ticket.id() == null
        || ticket.key() == null
        || ticket.status() == null
        || ticket.priority() == null
        || ticket.createdAt() == null
        || ticket.updatedAt() == null) {
      throw new IllegalArgumentException(
          "ticket "
              + ticket.id()
              + " lacks one of id, key, status, priority, createdAt, updatedAt");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
