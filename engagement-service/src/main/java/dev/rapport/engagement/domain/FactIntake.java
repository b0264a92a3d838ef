package dev.rapport.engagement.domain;

import dev.rapport.events.EventPayload;
import dev.rapport.events.engagement.SurveyAnswered;
import dev.rapport.events.ticket.TicketEventPayload;
import dev.rapport.support.messaging.IncomingCloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Turns each event of every topic into append-only facts and keeps the roll-ups they count in
 * current, in the consumer's transaction (so a redelivered event, skipped by its ce_id, counts
 * once; and a fact's id derives from the ce_id, so it is never stored twice). Tickets, deliveries,
 * skills and surveys tell the facts the metrics read ({@link TicketFacts}, {@link DeliveryFacts},
 * {@link SkillFacts}, {@link SurveyFacts}), dated by their payload's instants (an event without
 * ce_time by its arrival); any other event is kept as one EVENT fact of its type. The facts of a
 * transaction's events are gathered and written at once by {@link #flush} (one statement for the
 * facts, one for each roll-up table, one for the ticket states), which the consumer runs before it
 * commits.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class FactIntake {
  private final FactLedger ledger;
  private final TicketFacts tickets;
  private final DeliveryFacts deliveries;
  private final SkillFacts skills;
  private final SurveyFacts surveys;
  private final TicketStates ticketStates;
  private final SurveyRatings surveyRatings;
  private final Clock clock;
  private final TransactionSynchronizationRegistry transaction;

  FactIntake(
      FactLedger ledger,
      TicketFacts tickets,
      DeliveryFacts deliveries,
      SkillFacts skills,
      SurveyFacts surveys,
      TicketStates ticketStates,
      SurveyRatings surveyRatings,
      Clock clock,
      TransactionSynchronizationRegistry transaction) {
    this.ledger = ledger;
    this.tickets = tickets;
    this.deliveries = deliveries;
    this.skills = skills;
    this.surveys = surveys;
    this.ticketStates = ticketStates;
    this.surveyRatings = surveyRatings;
    this.clock = clock;
    this.transaction = transaction;
  }

  /**
   * Loads at once what {@link #record} will read for {@code payloads}: the states of the tickets
   * they are about, the earlier ratings of the surveys they answer.
   */
  public void prepare(List<EventPayload> payloads) {
    List<UUID> ticketIds = new ArrayList<>();
    List<UUID> surveyIds = new ArrayList<>();
    for (EventPayload payload : payloads) {
      if (payload instanceof SurveyAnswered answered && answered.survey() != null) {
        surveyIds.add(answered.survey());
      }
      UUID ticketId =
          payload instanceof TicketEventPayload ticketEvent && ticketEvent.ticket() != null
              ? ticketEvent.ticket().id()
              : DeliveryFacts.ticketOf(payload);
      if (ticketId != null) {
        ticketIds.add(ticketId);
      }
    }
    ticketStates.load(ticketIds);
    surveyRatings.load(surveyIds);
  }

  /**
   * Records what {@code payload} tells as facts, written with their roll-ups by {@link #flush}
   * before the transaction commits.
   */
  public void record(IncomingCloudEvent received, EventPayload payload) {
    IncomingCloudEvent event =
        received.time() != null
            ? received
            : new IncomingCloudEvent(
                received.id(),
                received.type(),
                received.source(),
                received.subject(),
                clock.instant(),
                received.data());
    List<Fact> facts = new ArrayList<>();
    if (payload instanceof TicketEventPayload ticketEvent) {
      facts.addAll(tickets.of(event, ticketEvent));
    } else {
      facts.addAll(deliveries.of(event, payload));
      facts.addAll(skills.of(event, payload));
      facts.addAll(surveys.of(event, payload));
    }
    if (facts.isEmpty()) {
      String subject = payload.aggregateId() == null ? event.id() : payload.aggregateId();
      facts.add(Fact.of(event.id(), FactKind.EVENT, event.type(), event.time(), null, subject, 0));
    }
    pending().addAll(facts);
  }

  /**
   * Appends the facts recorded in this transaction so far, counts them in the roll-ups, and writes
   * the ticket states and survey ratings they changed.
   */
  public void flush() {
    ticketStates.flush();
    surveyRatings.flush();
    List<Fact> facts = pending();
    if (!facts.isEmpty()) {
      ledger.appendAll(List.copyOf(facts));
      facts.clear();
    }
  }

  @SuppressWarnings("unchecked")
  private List<Fact> pending() {
    List<Fact> facts = (List<Fact>) transaction.getResource(FactIntake.class);
    if (facts == null) {
      facts = new ArrayList<>();
      transaction.putResource(FactIntake.class, facts);
    }
    return facts;
  }
}
