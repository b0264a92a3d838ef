package dev.rapport.events.ticket;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The ticket as it stands after the change, carried in every ticket event so that consumers need no
 * call back (event-carried state transfer). Never holds internal work notes.
 *
 * @param type INCIDENT or SERVICE_REQUEST
 * @param status NEW, ASSIGNED, IN_PROGRESS, WAITING_ON_CUSTOMER, ON_HOLD, RESOLVED, CLOSED,
 *     CANCELLED
 * @param priority P1 (critical) to P4 (low)
 * @param requester userName of the person who raised it
 * @param assignee userName of the agent working on it, or null
 * @param businessServiceName the catalogue name, readable by business audiences, or null
 */
public record TicketSummary(
    UUID id,
    String key,
    String type,
    String title,
    String status,
    String priority,
    String impact,
    String urgency,
    String requester,
    String assignee,
    String teamId,
    UUID businessServiceId,
    String businessServiceName,
    String category,
    List<String> requiredSkills,
    List<String> watchers,
    List<Stakeholder> stakeholders,
    Progress progress,
    Instant createdAt,
    Instant updatedAt) {}
