package dev.rapport.skills.domain;

import dev.rapport.support.api.Cursor;
import dev.rapport.support.api.Page;
import dev.rapport.support.ids.TimeOrderedUuids;
import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * When people can take work. A person is unavailable while one of their periods covers the moment
 * ([from, until)); periods may overlap. The person themself, a lead who leads them ({@link
 * Stewardship#leadsPerson}) or an admin may record and remove periods.
 */
@ApplicationScoped
public class Availability {
  private final Clock clock;
  private final Stewardship stewardship;

  Availability(Clock clock, Stewardship stewardship) {
    this.clock = clock;
    this.stewardship = stewardship;
  }

  /** Whether {@code caller} may record or remove periods of {@code person}. */
  public boolean mayManage(Caller caller, Person person) {
    return stewardship.isSelf(caller, person) || stewardship.leadsPerson(caller, person.id);
  }

  /** Records a period; {@code until} must be after {@code from}. */
  public Unavailability mark(
      Caller caller, Person person, Instant from, Instant until, String reason) {
    requireManage(caller, person);
    if (!until.isAfter(from)) {
      throw ProblemException.badRequest(
          "invalid-period", "until (" + until + ") must be after from (" + from + ")");
    }
    Unavailability period = new Unavailability();
    period.id = TimeOrderedUuids.next();
    period.personId = person.id;
    period.startsAt = from;
    period.endsAt = until;
    period.reason = reason == null || reason.isBlank() ? null : reason.trim();
    period.createdBy = caller.userName();
    period.createdAt = clock.instant();
    period.persist();
    return period;
  }

  /** Removes one of {@code person}'s periods. */
  public void remove(Caller caller, Person person, UUID periodId) {
    requireManage(caller, person);
    long deleted = Unavailability.delete("id = ?1 and personId = ?2", periodId, person.id);
    if (deleted == 0) {
      throw ProblemException.notFound("Unavailability", periodId.toString());
    }
  }

  /**
   * A page of {@code person}'s periods that have not ended yet (current and upcoming), earliest
   * first; {@code after} is the previous page's cursor (start, end, id of its last period).
   */
  public Page<Unavailability> currentAndUpcoming(UUID personId, String after, int limit) {
    StringBuilder where = new StringBuilder("personId = :person and endsAt > :now");
    Map<String, Object> params = new HashMap<>();
    params.put("person", personId);
    params.put("now", clock.instant());
    if (after != null) {
      List<String> last = Cursor.decode(after, 3);
      params.put("start", Cursor.instant(last.get(0)));
      params.put("end", Cursor.instant(last.get(1)));
      params.put("id", Cursor.uuid(last.get(2)));
      where.append(
          " and (startsAt > :start or (startsAt = :start and (endsAt > :end"
              + " or (endsAt = :end and id > :id))))");
    }
    List<Unavailability> rows =
        Unavailability.<Unavailability>find(where + " order by startsAt, endsAt, id", params)
            .page(0, limit + 1)
            .list();
    return Page.fromLookahead(
        rows,
        limit,
        period ->
            List.of(period.startsAt.toString(), period.endsAt.toString(), period.id.toString()));
  }

  /**
   * For each of these people who is unavailable at {@code at}: the covering period that ends last.
   * People who are available are absent.
   */
  public Map<UUID, Unavailability> awayAt(Collection<UUID> personIds, Instant at) {
    Map<UUID, Unavailability> away = new HashMap<>();
    if (personIds.isEmpty()) {
      return away;
    }
    List<Unavailability> periods =
        Unavailability.list(
            "personId in ?1 and startsAt <= ?2 and endsAt > ?2 order by endsAt", personIds, at);
    periods.forEach(p -> away.put(p.personId, p)); // the last one per person ends last
    return away;
  }

  /** For each of these people, their next period that starts after {@code at}, if any. */
  public Map<UUID, Unavailability> nextAway(Collection<UUID> personIds, Instant at) {
    Map<UUID, Unavailability> next = new HashMap<>();
    if (personIds.isEmpty()) {
      return next;
    }
    List<Unavailability> periods =
        Unavailability.list(
            "personId in ?1 and startsAt > ?2 order by startsAt desc", personIds, at);
    periods.forEach(p -> next.put(p.personId, p)); // the last one per person starts first
    return next;
  }

  private void requireManage(Caller caller, Person person) {
    if (!mayManage(caller, person)) {
      throw ProblemException.forbidden(
          "Only "
              + person.userName
              + " themself, a lead of theirs or an admin may change their availability");
    }
  }
}
