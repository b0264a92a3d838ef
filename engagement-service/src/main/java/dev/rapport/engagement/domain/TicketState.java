package dev.rapport.engagement.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the facts of a ticket's later events need to know of it (a projection, separate from the
 * append-only facts): when it opened, whether IT has responded publicly, who it was first assigned
 * to and whether it moved on since, whether it is in the open backlog, and the running and late
 * spans of the update cadence. A row of {@code ticket_states}, read and written by {@link
 * TicketStates}.
 */
public class TicketState {
  /** Open and not paused: the update cadence runs. */
  static final Set<String> RUNNING = Set.of("NEW", "ASSIGNED", "IN_PROGRESS");

  /** No longer open work. */
  static final Set<String> DONE = Set.of("RESOLVED", "CLOSED", "CANCELLED");

  public UUID ticketId;
  public Instant createdAt;
  public String status;
  public String requester;
  public String teamId;
  public UUID businessServiceId;
  public String priority;
  public Instant firstResponseAt;
  public String firstAssignee;
  public boolean reassigned;
  public boolean inBacklog;
  public Instant runningSince;
  public Instant lateSince;
  public boolean updateBreached;
  public String responseState;
  public String resolutionState;

  /** Its columns' values in {@link TicketStates}' column order: what tells that it changed. */
  List<Object> values() {
    return Arrays.asList(
        ticketId,
        createdAt,
        status,
        requester,
        teamId,
        businessServiceId,
        priority,
        firstResponseAt,
        firstAssignee,
        reassigned,
        inBacklog,
        runningSince,
        lateSince,
        updateBreached,
        responseState,
        resolutionState);
  }

  /** The dimensions facts about this ticket count under. */
  public Dimensions dimensions() {
    return new Dimensions(teamId, businessServiceId, priority);
  }
}
