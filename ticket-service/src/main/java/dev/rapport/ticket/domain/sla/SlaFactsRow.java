package dev.rapport.ticket.domain.sla;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** When a ticket opened, first heard from IT and was first assigned ({@code ticket_sla_facts}). */
@Entity
@Table(name = "ticket_sla_facts")
public class SlaFactsRow extends PanacheEntityBase {
  @Id
  @Column(name = "ticket_id")
  public UUID ticketId;

  @Column(name = "opened_at")
  public Instant openedAt;

  /** The first PUBLIC update by staff, or null. */
  @Column(name = "first_response_at")
  public Instant firstResponseAt;

  @Column(name = "first_assigned_at")
  public Instant firstAssignedAt;
}
