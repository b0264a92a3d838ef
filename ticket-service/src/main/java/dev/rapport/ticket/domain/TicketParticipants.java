package dev.rapport.ticket.domain;

import dev.rapport.events.ticket.TicketStakeholderAdded;
import dev.rapport.support.security.Caller;
import dev.rapport.support.security.UserNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;

/**
 * Watchers and stakeholders of a ticket: the requester or IT adds watchers, only IT adds
 * stakeholders, and whoever is named must be nameable ({@link NamedPeople}).
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class TicketParticipants {
  private final Tickets tickets;
  private final TicketStatusMachine statusMachine;
  private final TicketJournal journal;
  private final NamedPeople namedPeople;
  private final Clock clock;

  TicketParticipants(
      Tickets tickets,
      TicketStatusMachine statusMachine,
      TicketJournal journal,
      NamedPeople namedPeople,
      Clock clock) {
    this.tickets = tickets;
    this.statusMachine = statusMachine;
    this.journal = journal;
    this.namedPeople = namedPeople;
    this.clock = clock;
  }

  public TicketView add(String idOrKey, String userName, ParticipantLevel level, Caller caller) {
    Ticket ticket = tickets.lock(idOrKey, caller);
    if (level == ParticipantLevel.WATCHER) {
      TicketAccess.requireRequesterOrStaff(caller, ticket, "add watchers");
    } else {
      TicketAccess.requireStaff(caller, "add stakeholders");
    }
    Instant now = clock.instant();
    statusMachine.requireNotFinished(
        ticket, level == ParticipantLevel.WATCHER ? "add watchers to" : "add stakeholders to", now);
    Participant participant = new Participant(UserNames.normalise(userName), level);
    if (!ticket.participants.contains(participant)) {
      namedPeople.requireNameable("userName", participant.userName, level);
    }
    if (join(ticket, participant, caller, now)) {
      Ticket.flush();
    }
    return tickets.view(ticket, caller);
  }

  /** Adds a watcher or stakeholder, with its history line and event; false when already there. */
  boolean join(Ticket ticket, Participant participant, Caller caller, Instant now) {
    if (!ticket.participants.add(participant)) {
      return false;
    }
    journal.record(
        ticket,
        caller,
        now,
        HistoryLine.of(
            "participant-added",
            participant.level.name().toLowerCase(),
            null,
            participant.userName),
        (summary, actor) ->
            new TicketStakeholderAdded(
                summary, actor, participant.userName, participant.level.name()));
    return true;
  }
}
