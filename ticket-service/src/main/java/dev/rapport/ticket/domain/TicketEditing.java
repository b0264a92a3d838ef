package dev.rapport.ticket.domain;

import dev.rapport.events.ticket.FieldChange;
import dev.rapport.events.ticket.TicketUpdated;
import dev.rapport.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * IT staff editing a ticket that is not finished: each changed field is a history line and all of
 * them one TicketUpdated; a new impact or urgency recomputes the priority; a new business service
 * brings its stakeholders.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class TicketEditing {
  private final Tickets tickets;
  private final TicketStatusMachine statusMachine;
  private final PriorityMatrixRepository priorities;
  private final ServiceCatalog catalog;
  private final TicketParticipants participants;
  private final TicketJournal journal;
  private final Clock clock;

  TicketEditing(
      Tickets tickets,
      TicketStatusMachine statusMachine,
      PriorityMatrixRepository priorities,
      ServiceCatalog catalog,
      TicketParticipants participants,
      TicketJournal journal,
      Clock clock) {
    this.tickets = tickets;
    this.statusMachine = statusMachine;
    this.priorities = priorities;
    this.catalog = catalog;
    this.participants = participants;
    this.journal = journal;
    this.clock = clock;
  }

  public TicketView edit(String idOrKey, TicketChanges changes, String ifMatch, Caller caller) {
    TicketAccess.requireStaff(caller, "edit a ticket");
    Ticket ticket = tickets.lockForChange(idOrKey, ifMatch, caller);
    Instant now = clock.instant();
    statusMachine.requireNotFinished(ticket, "edit", now);
    List<FieldChange> changed = new ArrayList<>();
    List<Participant> inherited = List.of();
    if (changes.title() != null) {
      change(changed, "title", ticket.title, changes.title().strip());
      ticket.title = changes.title().strip();
    }
    if (changes.description() != null) {
      change(changed, "description", ticket.description, changes.description());
      ticket.description = changes.description();
    }
    if (changes.category() != null) {
      change(changed, "category", ticket.category, changes.category());
      ticket.category = changes.category();
    }
    if (changes.requiredSkills() != null) {
      List<String> skills = Ticket.distinctSkills(changes.requiredSkills());
      change(
          changed,
          "requiredSkills",
          String.join(",", ticket.requiredSkills),
          String.join(",", skills));
      ticket.requiredSkills = skills;
    }
    if (changes.businessServiceId() != null) {
      BusinessService service = catalog.listed(changes.businessServiceId());
      change(changed, "businessService", ticket.businessServiceName, service.name);
      ticket.businessServiceId = service.id;
      ticket.businessServiceName = service.name;
      inherited =
          service.stakeholders.stream().filter(p -> !ticket.participants.contains(p)).toList();
    }
    if (changes.impact() != null || changes.urgency() != null) {
      Impact impact = changes.impact() == null ? ticket.impact : changes.impact();
      Urgency urgency = changes.urgency() == null ? ticket.urgency : changes.urgency();
      change(changed, "impact", ticket.impact.name(), impact.name());
      change(changed, "urgency", ticket.urgency.name(), urgency.name());
      Priority priority = priorities.load().priorityOf(impact, urgency);
      change(changed, "priority", ticket.priority.name(), priority.name());
      ticket.impact = impact;
      ticket.urgency = urgency;
      ticket.priority = priority;
    }
    if (changed.isEmpty()) {
      return tickets.view(ticket, caller);
    }
    journal.record(
        ticket,
        caller,
        now,
        changed.stream().map(c -> HistoryLine.of("updated", c.field(), c.from(), c.to())).toList(),
        List.of((summary, actor) -> new TicketUpdated(summary, actor, changed)));
    // Stakeholders the new business service brings hear of it like any other added stakeholder.
    for (Participant stakeholder : inherited) {
      participants.join(ticket, stakeholder, caller, now);
    }
    Ticket.flush();
    return tickets.view(ticket, caller);
  }

  private static void change(List<FieldChange> changes, String field, String from, String to) {
    if (!Objects.equals(from, to)) {
      changes.add(new FieldChange(field, from, to));
    }
  }
}
