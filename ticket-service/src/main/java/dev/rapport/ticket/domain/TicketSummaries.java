package dev.rapport.ticket.domain;

import dev.rapport.events.ticket.Progress;
import dev.rapport.events.ticket.SlaSummary;
import dev.rapport.events.ticket.Stakeholder;
import dev.rapport.events.ticket.TicketSummary;
import java.util.List;

/** What every ticket event carries about the ticket: its public state, never internal notes. */
public final class TicketSummaries {
  private TicketSummaries() {}

  /**
   * The summary with the ticket's SLA promise ({@code sla} null when no policy applies) and the
   * requester's rating as last recorded ({@link TicketCsat}; its comment is never in an event).
   */
  public static TicketSummary of(Ticket ticket, SlaSummary sla) {
    return new TicketSummary(
        ticket.id,
        ticket.key,
        ticket.type.name(),
        ticket.title,
        ticket.status.name(),
        ticket.priority.name(),
        ticket.impact.name(),
        ticket.urgency.name(),
        ticket.requester,
        ticket.assignee,
        ticket.teamId,
        ticket.businessServiceId,
        ticket.businessServiceName,
        ticket.category,
        List.copyOf(ticket.requiredSkills),
        ticket.watchers(),
        ticket.stakeholders().stream()
            .map(p -> new Stakeholder(p.userName, p.level.name()))
            .toList(),
        new Progress(ticket.tasksCompleted, ticket.tasksTotal),
        ticket.createdAt,
        ticket.updatedAt,
        sla,
        TicketCsat.summary(ticket));
  }
}
