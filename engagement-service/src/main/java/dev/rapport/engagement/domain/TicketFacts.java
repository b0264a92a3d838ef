package dev.rapport.engagement.domain;

import dev.rapport.events.ticket.SlaSummary;
import dev.rapport.events.ticket.TicketAssigned;
import dev.rapport.events.ticket.TicketEventPayload;
import dev.rapport.events.ticket.TicketReopened;
import dev.rapport.events.ticket.TicketResolved;
import dev.rapport.events.ticket.TicketSlaBreached;
import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.events.ticket.TicketUpdatePosted;
import dev.rapport.support.messaging.IncomingCloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The facts a ticket event tells, from the ticket it carries and the ticket's {@link TicketState}:
 *
 * <ul>
 *   <li>the first event of a ticket opens it (TICKET_OPENED, BACKLOG_IN at its createdAt);
 *   <li>a resolution: TICKET_RESOLVED (seconds since opening) and FIRST_ASSIGNMENT (1 when the
 *       assignee is the first one and it never moved to another agent or team); a reopen:
 *       TICKET_REOPENED;
 *   <li>IT's first PUBLIC update (by anyone but the requester): FIRST_RESPONSE, seconds since
 *       opening;
 *   <li>SLA clocks: RESPONSE and RESOLUTION count met when the summary shows them MET (once per
 *       time they become MET), breached on {@code sla-breached}; UPDATE counts a breach per
 *       breached cycle and a met cycle for each public update from IT that ends an unbreached
 *       cycle;
 *   <li>status moves at the ticket's updatedAt (the status machine follows the summary, so a missed
 *       event does not derail it) end and begin the cadence spans ({@link CadenceSpans}) and move
 *       the ticket in and out of the backlog.
 * </ul>
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class TicketFacts {
  private static final String MET = "MET";

  private final CadenceSpans spans;
  private final TicketStates states;

  TicketFacts(CadenceSpans spans, TicketStates states) {
    this.spans = spans;
    this.states = states;
  }

  /** The facts of {@code payload}; updates the ticket's state. */
  public List<Fact> of(IncomingCloudEvent event, TicketEventPayload payload) {
    TicketSummary ticket = payload.ticket();
    if (ticket == null || ticket.id() == null || ticket.createdAt() == null) {
      throw new IllegalArgumentException(event.type() + " " + event.id() + " carries no ticket");
    }
    Instant at = ticket.updatedAt() == null ? event.time() : ticket.updatedAt();
    List<Fact> facts = new ArrayList<>();
    TicketState state = states.find(ticket.id());
    if (state == null) {
      state = open(event, ticket, facts);
    }
    state.teamId = ticket.teamId();
    state.businessServiceId = ticket.businessServiceId();
    state.priority = ticket.priority();
    Facts f = new Facts(event, state, facts);
    if (payload instanceof TicketResolved) {
      resolution(f, state, ticket, at);
    } else if (payload instanceof TicketReopened) {
      f.add(FactKind.TICKET_REOPENED, null, at, 1);
    } else if (payload instanceof TicketAssigned assigned) {
      assignment(state, assigned);
    } else if (payload instanceof TicketUpdatePosted update) {
      update(f, state, ticket, update, at);
    } else if (payload instanceof TicketSlaBreached breach) {
      breach(f, state, breach, at);
    }
    clocksMet(f, state, ticket.sla(), at);
    spans.follow(f, state, ticket.status(), at);
    return facts;
  }

  private TicketState open(IncomingCloudEvent event, TicketSummary ticket, List<Fact> facts) {
    TicketState state = new TicketState();
    state.ticketId = ticket.id();
    state.createdAt = ticket.createdAt();
    state.status = "NEW";
    state.requester = ticket.requester();
    state.teamId = ticket.teamId();
    state.businessServiceId = ticket.businessServiceId();
    state.priority = ticket.priority();
    state.inBacklog = true;
    state.runningSince = ticket.createdAt();
    states.opened(state);
    Facts f = new Facts(event, state, facts);
    f.add(FactKind.TICKET_OPENED, null, ticket.createdAt(), 1);
    f.add(FactKind.BACKLOG_IN, null, ticket.createdAt(), state.createdAt.getEpochSecond());
    return state;
  }

  private static void resolution(Facts f, TicketState state, TicketSummary ticket, Instant at) {
    f.add(FactKind.TICKET_RESOLVED, null, at, seconds(state.createdAt, at));
    boolean first =
        !state.reassigned
            && state.firstAssignee != null
            && state.firstAssignee.equals(ticket.assignee());
    f.add(FactKind.FIRST_ASSIGNMENT, null, at, first ? 1 : 0);
  }

  private static void assignment(TicketState state, TicketAssigned assigned) {
    String assignee = assigned.ticket().assignee();
    boolean teamMoved =
        assigned.previousTeamId() != null
            && !assigned.previousTeamId().equals(assigned.ticket().teamId());
    if (state.firstAssignee == null && assignee != null && !teamMoved) {
      state.firstAssignee = assignee;
    } else if (teamMoved || !Objects.equals(state.firstAssignee, assignee)) {
      state.reassigned = true;
    }
  }

  private void update(
      Facts f, TicketState state, TicketSummary ticket, TicketUpdatePosted update, Instant at) {
    if (!"PUBLIC".equals(update.visibility()) || Objects.equals(update.actor(), state.requester)) {
      return;
    }
    if (state.firstResponseAt == null) {
      state.firstResponseAt = at;
      f.add(FactKind.FIRST_RESPONSE, null, at, seconds(state.createdAt, at));
    }
    if (ticket.sla() != null && !state.updateBreached) {
      f.add(FactKind.SLA_CLOCK, "UPDATE", at, 1);
    }
    spans.promiseKept(f, state, at);
  }

  private void breach(Facts f, TicketState state, TicketSlaBreached breach, Instant at) {
    Instant due = breach.dueAt() == null ? at : breach.dueAt();
    f.add(FactKind.SLA_CLOCK, breach.clock(), due, 0);
    if ("UPDATE".equals(breach.clock())) {
      spans.promiseBroken(state, due);
    }
  }

  private static void clocksMet(Facts f, TicketState state, SlaSummary sla, Instant at) {
    if (sla == null) {
      return;
    }
    if (MET.equals(sla.response()) && !MET.equals(state.responseState)) {
      f.add(FactKind.SLA_CLOCK, "RESPONSE", at, 1);
    }
    if (MET.equals(sla.resolution()) && !MET.equals(state.resolutionState)) {
      f.add(FactKind.SLA_CLOCK, "RESOLUTION", at, 1);
    }
    state.responseState = sla.response();
    state.resolutionState = sla.resolution();
  }

  static double seconds(Instant from, Instant to) {
    return Math.max(0, Duration.between(from, to).toMillis() / 1000.0);
  }

  /** The facts of one event about one ticket, as they are added. */
  record Facts(IncomingCloudEvent event, TicketState state, List<Fact> facts) {
    void add(FactKind kind, String label, Instant at, double measure) {
      facts.add(
          Fact.of(
              event.id(), kind, label, at, state.dimensions(), state.ticketId.toString(), measure));
    }
  }
}
