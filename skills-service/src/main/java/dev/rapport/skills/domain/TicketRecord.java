package dev.rapport.skills.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A ticket as seen on rapport.tickets.v1 (ticket-service owns it): just enough for demand, open
 * load and evidence of practice. Written only by {@link TicketProjection}.
 */
@Entity
@Table(name = "tickets")
public class TicketRecord extends PanacheEntityBase {
  /** Statuses in which a ticket is no longer work in hand. */
  public static final Set<String> FINISHED = Set.of("RESOLVED", "CLOSED", "CANCELLED");

  /** Statuses in which the work was done (resolution counts as practice). */
  public static final Set<String> DONE = Set.of("RESOLVED", "CLOSED");

  @Id public UUID id;

  @Column(name = "ticket_key")
  public String key;

  public String status;
  public String priority;

  /** The assignee's userName, or null. */
  public String assignee;

  @Column(name = "team_id")
  public String teamId;

  @Column(name = "opened_at")
  public Instant openedAt;

  @Column(name = "resolved_at")
  public Instant resolvedAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  public boolean done() {
    return DONE.contains(status);
  }
}
