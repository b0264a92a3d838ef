package dev.rapport.ticket.domain;

import java.util.List;
import java.util.UUID;

/**
 * List filters; null or empty means "any". {@code sort} is one of createdAt, updatedAt, priority,
 * with a leading '-' for descending.
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
    String sort,
    String after,
    int limit) {}
