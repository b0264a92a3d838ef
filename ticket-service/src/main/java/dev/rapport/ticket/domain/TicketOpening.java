package dev.rapport.ticket.domain;

import dev.rapport.events.ticket.TicketOpened;
import dev.rapport.support.ids.TimeOrderedUuids;
import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.security.Caller;
import dev.rapport.support.security.UserNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Raising a ticket: its key (T-1042), its priority from the impact × urgency matrix, the
 * stakeholders of its business service, its watchers, and who may raise one for someone else (IT
 * staff and integrations).
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class TicketOpening {
  private final EntityManager em;
  private final Tickets tickets;
  private final PriorityMatrixRepository priorities;
  private final ServiceCatalog catalog;
  private final NamedPeople namedPeople;
  private final TicketJournal journal;
  private final Clock clock;

  TicketOpening(
      EntityManager em,
      Tickets tickets,
      PriorityMatrixRepository priorities,
      ServiceCatalog catalog,
      NamedPeople namedPeople,
      TicketJournal journal,
      Clock clock) {
    this.em = em;
    this.tickets = tickets;
    this.priorities = priorities;
    this.catalog = catalog;
    this.namedPeople = namedPeople;
    this.journal = journal;
    this.clock = clock;
  }

  public TicketView open(NewTicket request, Caller caller) {
    String requester =
        request.requester() == null ? caller.userName() : UserNames.normalise(request.requester());
    if (!requester.equals(caller.userName())) {
      if (!caller.staff()) {
        throw ProblemException.forbidden(
            "Only IT staff may raise a ticket on behalf of someone else; leave 'requester' out.");
      }
      namedPeople.requireNameable("requester", requester, false);
    }
    List<String> watchers = distinctUserNames(request.watchers());
    for (int i = 0; i < watchers.size(); i++) {
      namedPeople.requireNameable("watchers[" + i + "]", watchers.get(i), false);
    }
    Instant now = clock.instant();
    Ticket ticket = new Ticket();
    ticket.id = TimeOrderedUuids.next();
    ticket.key = "T-" + nextKeyNumber();
    ticket.type = request.type();
    ticket.title = request.title().strip();
    ticket.description = request.description();
    ticket.impact = request.impact();
    ticket.urgency = request.urgency();
    ticket.priority = priorities.load().priorityOf(request.impact(), request.urgency());
    ticket.status = TicketStatus.NEW;
    ticket.requester = requester;
    ticket.category = request.category();
    ticket.requiredSkills = Ticket.distinctSkills(request.requiredSkills());
    if (request.businessServiceId() != null) {
      BusinessService service = catalog.listed(request.businessServiceId());
      ticket.businessServiceId = service.id;
      ticket.businessServiceName = service.name;
      ticket.participants.addAll(service.stakeholders);
    }
    for (String watcher : watchers) {
      ticket.participants.add(new Participant(watcher, ParticipantLevel.WATCHER));
    }
    ticket.createdAt = now;
    ticket.updatedAt = now;
    ticket.persist();
    journal.record(
        ticket,
        caller,
        now,
        HistoryLine.of("opened", null, null, ticket.status.name()),
        (summary, actor) -> new TicketOpened(summary, actor, ticket.description));
    em.flush();
    return tickets.view(ticket, caller);
  }

  private long nextKeyNumber() {
    return ((Number) em.createNativeQuery("select nextval('ticket_key_seq')").getSingleResult())
        .longValue();
  }

  /** userNames in their one stored form, each once, in the order given. */
  private static List<String> distinctUserNames(List<String> values) {
    if (values == null) {
      return new ArrayList<>();
    }
    return new ArrayList<>(values.stream().map(UserNames::normalise).distinct().toList());
  }
}
