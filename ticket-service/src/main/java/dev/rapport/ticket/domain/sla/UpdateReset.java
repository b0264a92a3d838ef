package dev.rapport.ticket.domain.sla;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A customer-visible update from IT that restarted the UPDATE clock ({@code ticket_update_resets}).
 */
@Entity
@Table(name = "ticket_update_resets")
public class UpdateReset extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "ticket_id")
  public UUID ticketId;

  public Instant at;
}
