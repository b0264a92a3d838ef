package dev.rapport.ticket.domain;

import java.util.List;
import java.util.UUID;

/** What a ticket is opened with. {@code requester} null means the caller. */
public record NewTicket(
    TicketType type,
    String title,
    String description,
    Impact impact,
    Urgency urgency,
    UUID businessServiceId,
    String category,
    List<String> requiredSkills,
    List<String> watchers,
    String requester) {}
