package dev.rapport.ticket.domain.sla;

import dev.rapport.ticket.domain.Priority;
import dev.rapport.ticket.domain.TicketStatus;
import dev.rapport.ticket.domain.TicketType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An SLA policy as an admin sends it, not yet checked ({@link PolicyRules#parse}).
 *
 * @param name unique without regard to case
 * @param priority the priority it measures (required)
 * @param ticketType null: any type
 * @param businessServiceId null: any service; otherwise a service of the catalogue
 * @param calendar the name or id of a calendar
 * @param targets each clock's target as an ISO-8601 duration of business time (all three required)
 * @param warningThresholds null: [0.75]
 * @param pausingStatuses per clock; null or a clock absent: the default (waiting statuses pause
 *     RESOLUTION and UPDATE, nothing pauses RESPONSE)
 * @param assignmentResponds null: false
 */
public record PolicyDraft(
    String name,
    Priority priority,
    TicketType ticketType,
    UUID businessServiceId,
    String calendar,
    Map<SlaClock, String> targets,
    List<Double> warningThresholds,
    Map<SlaClock, List<TicketStatus>> pausingStatuses,
    Boolean assignmentResponds) {}
