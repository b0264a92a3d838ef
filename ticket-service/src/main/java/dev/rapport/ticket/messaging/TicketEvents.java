package dev.rapport.ticket.messaging;

import dev.rapport.events.EventPayload;
import dev.rapport.events.Topics;
import dev.rapport.events.ticket.Progress;
import dev.rapport.events.ticket.Stakeholder;
import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.support.outbox.Outbox;
import dev.rapport.ticket.domain.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Turns ticket changes into events on {@code rapport.tickets.v1}, written to the outbox in the
 * transaction of the change.
 */
@ApplicationScoped
public class TicketEvents {
  private final Outbox outbox;

  TicketEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  public void publish(EventPayload payload) {
    outbox.publish(Topics.TICKETS, payload);
  }

  /** The ticket as consumers see it: no internal notes, ever. */
  public static TicketSummary summary(Ticket ticket) {
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
        ticket.updatedAt);
  }
}
