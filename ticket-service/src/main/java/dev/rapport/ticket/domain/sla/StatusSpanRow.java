package dev.rapport.ticket.domain.sla;

import dev.rapport.ticket.domain.TicketStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A stretch of time a ticket spent in one status ({@code ticket_status_spans}). */
@Entity
@Table(name = "ticket_status_spans")
public class StatusSpanRow extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "ticket_id")
  public UUID ticketId;

  @Enumerated(EnumType.STRING)
  public TicketStatus status;

  @Column(name = "from_at")
  public Instant fromAt;

  /** When the ticket left the status; null while it is the current one. */
  @Column(name = "to_at")
  public Instant toAt;

  public String reason;
}
