package dev.rapport.ticket.domain;

import dev.rapport.ticket.domain.sla.SlaListState;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * List filters; null or empty means "any". {@code sort} is one of createdAt, updatedAt, priority,
 * nextDue, with a leading '-' for descending; nextDue lists only tickets with a clock counting.
 *
 * @param slaStates tickets in any of these SLA states
 * @param dueBefore tickets whose next SLA due instant (of a clock still counting) is before this
 */
public record TicketFilter(
    List<TicketStatus> statuses,
    List<Priority> priorities,
    TicketType type,
    String assignee,
    String teamId,
    String requester,
    UUID businessServiceId,
    String text,
    List<SlaListState> slaStates,
    Instant dueBefore,
    String sort,
    String after,
    int limit) {}
