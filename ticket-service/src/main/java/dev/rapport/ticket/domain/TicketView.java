package dev.rapport.ticket.domain;

import java.util.Set;

/**
 * A ticket as one caller sees it now: the ticket and the statuses they may move it to, exactly what
 * {@link TicketLifecycle#transition} would accept from them ({@link Tickets#view}).
 */
public record TicketView(Ticket ticket, Set<TicketStatus> allowedMoves) {}
