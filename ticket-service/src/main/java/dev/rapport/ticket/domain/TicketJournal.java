package dev.rapport.ticket.domain;

import dev.rapport.events.EventPayload;
import dev.rapport.events.Topics;
import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.support.outbox.Outbox;
import dev.rapport.support.security.Caller;
import dev.rapport.ticket.domain.sla.SlaTracking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;

/**
 * Every change to a ticket is written here in one call: the ticket's updatedAt, its history
 * line(s), its SLA clocks ({@link SlaTracking}) and its event(s) on {@code rapport.tickets.v1}, all
 * in the transaction of the change.
 *
 * <p>The events are written straight to {@link Outbox} rather than through a publisher interface of
 * this package that messaging would implement: the payloads are {@code dev.rapport.events} records
 * (the contract, which domain may use), the outbox is already support's interface for "commit this
 * event with this change", and the topic is part of what a ticket change is; a domain port in
 * between would only forward to it.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class TicketJournal {

  /** An event about the ticket, built from its summary after the change and who made it. */
  @FunctionalInterface
  public interface Event {
    EventPayload of(TicketSummary ticket, String actor);
  }

  private final Outbox outbox;
  private final SlaTracking sla;

  TicketJournal(Outbox outbox, SlaTracking sla) {
    this.outbox = outbox;
    this.sla = sla;
  }

  /** One history line and the event(s) that tell of it. */
  public void record(Ticket ticket, Caller by, Instant at, HistoryLine line, Event... events) {
    record(ticket, by, at, List.of(line), List.of(events));
  }

  /**
   * Stamps {@code updatedAt}, writes the lines in their order, then the events in theirs, each with
   * the ticket as it now is.
   */
  public void record(
      Ticket ticket, Caller by, Instant at, List<HistoryLine> lines, List<Event> events) {
    ticket.updatedAt = at;
    for (HistoryLine line : lines) {
      HistoryEntry entry =
          HistoryEntry.of(
              ticket.id, at, by.userName(), line.action(), line.field(), line.from(), line.to());
      entry.internal = line.internal();
      entry.persist();
    }
    TicketSummary summary = TicketSummaries.of(ticket, sla.observe(ticket, by, at, lines));
    for (Event event : events) {
      outbox.publish(Topics.TICKETS, event.of(summary, by.userName()));
    }
  }
}
