package dev.rapport.ticket.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step of a ticket's checklist; the requester sees how many are done. */
@Entity
@Table(name = "ticket_tasks")
public class TicketTask extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "ticket_id")
  public UUID ticketId;

  public int position;
  public String title;

  @Column(name = "completed_at")
  public Instant completedAt;

  @Column(name = "completed_by")
  public String completedBy;

  @Column(name = "created_at")
  public Instant createdAt;

  public boolean isDone() {
    return completedAt != null;
  }
}
