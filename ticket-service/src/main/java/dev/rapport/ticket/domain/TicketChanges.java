package dev.rapport.ticket.domain;

import java.util.List;
import java.util.UUID;

/** A partial edit: null fields stay as they are. */
public record TicketChanges(
    String title,
    String description,
    Impact impact,
    Urgency urgency,
    String category,
    List<String> requiredSkills,
    UUID businessServiceId) {}
