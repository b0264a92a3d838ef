package dev.rapport.ticket.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A public update to the requester or an internal work note. */
@Entity
@Table(name = "ticket_updates")
public class TicketUpdate extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "ticket_id")
  public UUID ticketId;

  @Enumerated(EnumType.STRING)
  public Visibility visibility;

  public String body;
  public String author;

  /** Posted by the service itself, e.g. progress after a task completes. */
  public boolean automatic;

  @Column(name = "created_at")
  public Instant createdAt;
}
