package dev.rapport.ticket.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One line of a ticket's audit timeline: who did what, when, old → new. */
@Entity
@Table(name = "ticket_history")
public class HistoryEntry extends PanacheEntityBase {
  // A pooled sequence rather than IDENTITY, so that inserts wait for the flush and go in batches.
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_history_seq")
  @SequenceGenerator(
      name = "ticket_history_seq",
      sequenceName = "ticket_history_id_seq",
      allocationSize = 50)
  public Long id;

  @Column(name = "ticket_id")
  public UUID ticketId;

  public Instant at;
  public String actor;
  public String action;
  public String field;

  @Column(name = "old_value")
  public String oldValue;

  @Column(name = "new_value")
  public String newValue;

  /** Internal entries (work notes) are hidden from requesters. */
  public boolean internal;

  public static HistoryEntry of(
      UUID ticketId,
      Instant at,
      String actor,
      String action,
      String field,
      String oldValue,
      String newValue) {
    HistoryEntry entry = new HistoryEntry();
    entry.ticketId = ticketId;
    entry.at = at;
    entry.actor = actor;
    entry.action = action;
    entry.field = field;
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    return entry;
  }
}
