package dev.rapport.ticket.domain.sla;

import dev.rapport.support.api.Page;
import dev.rapport.support.ids.TimeOrderedUuids;
import dev.rapport.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The business calendars admins keep: the built-in 24x7 (never replaced nor deleted) and their own.
 * A calendar a policy uses cannot be deleted; replacing one re-times the tickets of its policies
 * ({@link SlaPoliciesChanged}).
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class SlaCalendars {
  private final EntityManager em;
  private final Clock clock;
  private final SlaPolicyStore store;

  SlaCalendars(EntityManager em, Clock clock, SlaPolicyStore store) {
    this.em = em;
    this.clock = clock;
    this.store = store;
  }

  @Transactional(TxType.SUPPORTS)
  public Page<SlaCalendar> list(String after, int limit) {
    return NamedPages.byName(em, SlaCalendar.class, "SlaCalendar e", c -> c.name, after, limit);
  }

  @Transactional(TxType.SUPPORTS)
  public SlaCalendar get(UUID id) {
    SlaCalendar calendar = SlaCalendar.findById(id);
    if (calendar == null) {
      throw ProblemException.notFound("Calendar", id.toString());
    }
    return calendar;
  }

  /** The calendar a policy names by name or id, or 422 when there is none. */
  @Transactional(TxType.SUPPORTS)
  public SlaCalendar named(String nameOrId) {
    SlaCalendar calendar = byName(nameOrId);
    if (calendar == null) {
      try {
        calendar = SlaCalendar.findById(UUID.fromString(nameOrId.strip()));
      } catch (IllegalArgumentException notAnId) {
        // neither a name nor an id
      }
    }
    if (calendar == null) {
      throw ProblemException.unprocessable(
          "unknown-calendar",
          "calendar '"
              + nameOrId
              + "' is neither the name nor the id of a calendar"
              + " (GET /api/v1/calendars lists them).");
    }
    return calendar;
  }

  public SlaCalendar create(CalendarDraft draft) {
    CalendarRules.Parsed parsed = CalendarRules.parse(draft);
    requireUniqueName(parsed.name(), null);
    Instant now = clock.instant();
    SlaCalendar calendar = new SlaCalendar();
    calendar.id = TimeOrderedUuids.next();
    calendar.createdAt = now;
    apply(calendar, parsed, now);
    calendar.persist();
    return calendar;
  }

  /** Replaces a calendar; the tickets of the policies that use it are evaluated again. */
  public SlaCalendar replace(UUID id, String ifMatch, CalendarDraft draft) {
    SlaCalendar calendar = get(id);
    requireEditable(calendar, "replaced");
    IfMatch.require(ifMatch, calendar.version, "calendar");
    CalendarRules.Parsed parsed = CalendarRules.parse(draft);
    requireUniqueName(parsed.name(), id);
    apply(calendar, parsed, clock.instant());
    SlaCalendar.flush();
    if (!policiesUsing(calendar).isEmpty()) {
      store.changed("calendar '" + calendar.name + "' changed");
    }
    return calendar;
  }

  public void delete(UUID id, String ifMatch) {
    SlaCalendar calendar = get(id);
    requireEditable(calendar, "deleted");
    IfMatch.require(ifMatch, calendar.version, "calendar");
    List<String> users = policiesUsing(calendar);
    if (!users.isEmpty()) {
      throw ProblemException.conflict(
          "calendar-in-use",
          "Calendar '"
              + calendar.name
              + "' is used by the SLA policies "
              + String.join(", ", users)
              + "; give them another calendar first.",
          Map.of("policies", users));
    }
    calendar.delete();
  }

  private List<String> policiesUsing(SlaCalendar calendar) {
    return em.createQuery(
            "select p.name from SlaPolicy p where p.calendar = :c order by p.name", String.class)
        .setParameter("c", calendar)
        .getResultList();
  }

  private static void apply(SlaCalendar calendar, CalendarRules.Parsed parsed, Instant now) {
    calendar.name = parsed.name();
    calendar.zone = parsed.zone().getId();
    calendar.hours.clear();
    calendar.hours.addAll(parsed.hours());
    calendar.holidays.clear();
    calendar.holidays.addAll(parsed.holidays());
    calendar.updatedAt = now;
  }

  private static void requireEditable(SlaCalendar calendar, String verb) {
    if (calendar.builtIn) {
      throw ProblemException.conflict(
          "built-in-calendar",
          "The built-in calendar '"
              + calendar.name
              + "' (always open, UTC) cannot be "
              + verb
              + "; create a calendar of your own instead.",
          Map.of());
    }
  }

  private static SlaCalendar byName(String name) {
    return SlaCalendar.<SlaCalendar>find("lower(name) = ?1", name.strip().toLowerCase(Locale.ROOT))
        .firstResult();
  }

  private static void requireUniqueName(String name, UUID except) {
    SlaCalendar existing = byName(name);
    if (existing != null && !existing.id.equals(except)) {
      throw ProblemException.conflict(
          "duplicate-calendar",
          "A calendar named '" + existing.name + "' already exists (id " + existing.id + ").",
          Map.of("existingId", existing.id.toString()));
    }
  }
}
