package dev.rapport.engagement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * What the facts of a ticket's later events need to know of it (a projection, separate from the
 * append-only facts): when it opened, whether IT has responded publicly, who it was first assigned
 * to and whether it moved on since, whether it is in the open backlog, and the running and late
 * spans of the update cadence.
 */
@Entity
@Table(name = "ticket_states")
public class TicketState extends PanacheEntityBase {
  /** Open and not paused: the update cadence runs. */
  static final Set<String> RUNNING = Set.of("NEW", "ASSIGNED", "IN_PROGRESS");

  /** No longer open work. */
  static final Set<String> DONE = Set.of("RESOLVED", "CLOSED", "CANCELLED");

  @Id
  @Column(name = "ticket_id")
  public UUID ticketId;

  @Column(name = "created_at")
  public Instant createdAt;

  public String status;
  public String requester;

  @Column(name = "team_id")
  public String teamId;

  @Column(name = "business_service_id")
  public UUID businessServiceId;

  public String priority;

  @Column(name = "first_response_at")
  public Instant firstResponseAt;

  @Column(name = "first_assignee")
  public String firstAssignee;

  public boolean reassigned;

  @Column(name = "in_backlog")
  public boolean inBacklog;

  @Column(name = "running_since")
  public Instant runningSince;

  @Column(name = "late_since")
  public Instant lateSince;

  @Column(name = "update_breached")
  public boolean updateBreached;

  @Column(name = "response_state")
  public String responseState;

  @Column(name = "resolution_state")
  public String resolutionState;

  /** The dimensions facts about this ticket count under. */
  public Dimensions dimensions() {
    return new Dimensions(teamId, businessServiceId, priority);
  }
}
