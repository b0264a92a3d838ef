package dev.rapport.ticket.domain.sla;

import dev.rapport.support.ids.TimeOrderedUuids;
import dev.rapport.ticket.domain.Ticket;
import dev.rapport.ticket.domain.TicketStatus;
import dev.rapport.ticket.domain.sla.SlaFacts.StatusSpan;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One ticket's SLA facts as stored, loaded for a change (three reads by the ticket's id) and
 * written as the change adds to them. A new ticket's are gathered in memory and written once, with
 * its state, by {@link OpeningRows}.
 */
final class StoredFacts {
  private final SlaFactsRow row;
  private final List<StatusSpanRow> spans;
  private final List<UpdateReset> resets;

  /** Gathered for a ticket opening now: nothing is persisted until {@link #insertOpening}. */
  private final boolean opening;

  private StoredFacts(
      SlaFactsRow row, List<StatusSpanRow> spans, List<UpdateReset> resets, boolean opening) {
    this.row = row;
    this.spans = spans;
    this.resets = resets;
    this.opening = opening;
  }

  /** The facts of a ticket opening now, in its first status (not yet written). */
  static StoredFacts open(Ticket ticket, Instant at) {
    SlaFactsRow row = new SlaFactsRow();
    row.ticketId = ticket.id;
    row.openedAt = at;
    StoredFacts facts = new StoredFacts(row, new ArrayList<>(), new ArrayList<>(), true);
    facts.enter(ticket.status, at);
    return facts;
  }

  boolean opening() {
    return opening;
  }

  /** Writes an opening ticket's facts and, when a policy applies, its state, in one statement. */
  void insertOpening(EntityManager em, SlaState state) {
    OpeningRows.insert(em, row, spans, resets, state);
  }

  /** The stored facts of a ticket, if it has any. */
  static Optional<StoredFacts> load(UUID ticketId) {
    SlaFactsRow row = SlaFactsRow.findById(ticketId);
    if (row == null) {
      return Optional.empty();
    }
    List<StatusSpanRow> spans =
        StatusSpanRow.<StatusSpanRow>list("ticketId = ?1 order by fromAt, id", ticketId);
    List<UpdateReset> resets =
        UpdateReset.<UpdateReset>list("ticketId = ?1 order by at, id", ticketId);
    return Optional.of(
        new StoredFacts(row, new ArrayList<>(spans), new ArrayList<>(resets), false));
  }

  /** The ticket moved to {@code status} at {@code at}: the current span ends, a new one starts. */
  void moveTo(TicketStatus status, Instant at) {
    if (!spans.isEmpty()) {
      spans.get(spans.size() - 1).toAt = at;
    }
    enter(status, at);
  }

  private void enter(TicketStatus status, Instant at) {
    StatusSpanRow span = new StatusSpanRow();
    span.id = TimeOrderedUuids.next();
    span.ticketId = row.ticketId;
    span.status = status;
    span.fromAt = at;
    if (!opening) {
      span.persist();
    }
    spans.add(span);
  }

  /** A public update by staff: the first one is the response. */
  void responded(Instant at) {
    if (row.firstResponseAt == null) {
      row.firstResponseAt = at;
    }
  }

  void assigned(Instant at) {
    if (row.firstAssignedAt == null) {
      row.firstAssignedAt = at;
    }
  }

  /**
   * Whether a customer-visible update at {@code at} starts a new UPDATE cycle (one per instant).
   */
  boolean resets(Instant at) {
    return resets.isEmpty() || !resets.get(resets.size() - 1).at.equals(at);
  }

  /** Starts a new UPDATE cycle at {@code at}. */
  void reset(Instant at) {
    UpdateReset reset = new UpdateReset();
    reset.id = TimeOrderedUuids.next();
    reset.ticketId = row.ticketId;
    reset.at = at;
    if (!opening) {
      reset.persist();
    }
    resets.add(reset);
  }

  /** The facts as the clocks are evaluated from them. */
  SlaFacts facts() {
    return new SlaFacts(
        row.openedAt,
        spans.stream().map(s -> new StatusSpan(s.status, s.fromAt, s.toAt, s.reason)).toList(),
        row.firstResponseAt,
        row.firstAssignedAt,
        resets.stream().map(r -> r.at).toList());
  }
}
