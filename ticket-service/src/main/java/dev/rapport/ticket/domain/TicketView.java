package dev.rapport.ticket.domain;

import dev.rapport.events.ticket.SlaSummary;
import java.util.Set;

/**
 * A ticket as one caller sees it now: the ticket, the statuses they may move it to, exactly what
 * {@link TicketLifecycle#transition} would accept from them, its SLA promise as last evaluated
 * (null when no policy applies) and the requester's rating as this caller may read it (null while
 * none was given) ({@link Tickets#view}).
 */
public record TicketView(
    Ticket ticket, Set<TicketStatus> allowedMoves, SlaSummary sla, TicketCsat.Csat csat) {}
