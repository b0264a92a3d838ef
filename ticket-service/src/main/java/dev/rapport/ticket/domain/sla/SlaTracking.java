package dev.rapport.ticket.domain.sla;

import dev.rapport.events.ticket.SlaSummary;
import dev.rapport.support.security.Caller;
import dev.rapport.ticket.domain.HistoryLine;
import dev.rapport.ticket.domain.Ticket;
import dev.rapport.ticket.domain.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps each ticket's SLA facts and state ({@code ticket_sla}) current as the ticket changes: the
 * journal's history lines add facts (a status span, the first response, the first assignment, an
 * UPDATE reset), the clocks are evaluated from all the facts under the ticket's terms now, the
 * state row is written and what fell due is announced ({@link SlaAnnouncements}).
 *
 * <p>What resets UPDATE: a PUBLIC update by staff (which also answers RESPONSE) and a completed
 * task (its automatic progress update); never an internal note, an edit, an assignment or a
 * requester's post.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class SlaTracking {
  private static final String SYSTEM = "system";

  private final SlaPolicies policies;
  private final SlaAnnouncements announcements;
  private final EvaluatedSummaries evaluated;
  private final EntityManager em;

  SlaTracking(
      SlaPolicies policies,
      SlaAnnouncements announcements,
      EvaluatedSummaries evaluated,
      EntityManager em) {
    this.policies = policies;
    this.announcements = announcements;
    this.evaluated = evaluated;
    this.em = em;
  }

  /**
   * Called by the journal for every change, before the ticket's summary is built: records the facts
   * the change adds, evaluates the clocks, stores the state, announces what the change made due,
   * and answers the summary's {@code sla} (null when no policy applies).
   */
  public SlaSummary observe(Ticket ticket, Caller by, Instant at, List<HistoryLine> lines) {
    boolean opened = lines.stream().anyMatch(line -> "opened".equals(line.action()));
    Optional<StoredFacts> loaded =
        opened ? Optional.of(StoredFacts.open(ticket, at)) : StoredFacts.load(ticket.id);
    if (loaded.isEmpty()) {
      return null;
    }
    StoredFacts facts = loaded.get();
    Optional<SlaTerms> terms = termsOf(ticket);
    List<String> causes = new ArrayList<>(1);
    for (HistoryLine line : lines) {
      switch (line.action()) {
        case "status-changed" -> facts.moveTo(TicketStatus.valueOf(line.to()), at);
        case "updated" ->
            SlaWords.termsChange(line.field(), line.from(), line.to()).ifPresent(causes::add);
        case "assigned" -> {
          if ("assignee".equals(line.field()) && line.to() != null) {
            facts.assigned(at);
          }
        }
        case "update-posted" -> {
          if (!line.internal() && by.staff()) {
            facts.responded(at);
            reset(ticket, facts, terms, by, at);
          }
        }
        case "task-completed" -> reset(ticket, facts, terms, by, at);
        default -> {}
      }
    }
    String cause = causes.isEmpty() ? null : String.join("; ", causes);
    Optional<SlaReport> report = terms.map(t -> SlaEvaluation.evaluate(t, facts.facts(), at));
    SlaSummary summary =
        facts.opening()
            ? open(ticket, facts, report.orElse(null), by.userName())
            : report
                .map(r -> store(ticket, r, by.userName(), cause))
                .map(SlaState::summary)
                .orElseGet(() -> drop(ticket));
    evaluated.remember(ticket, summary);
    return summary;
  }

  /**
   * Writes a new ticket's facts and state in one statement ({@link OpeningRows}). Nothing can be
   * due yet (targets are at least a minute), but the announcements still look, so that this path
   * can never hide a milestone.
   */
  private SlaSummary open(Ticket ticket, StoredFacts facts, SlaReport report, String actor) {
    SlaState state = null;
    if (report != null) {
      state = new SlaState();
      state.ticketId = ticket.id;
      state.take(report);
    }
    facts.insertOpening(em, state);
    if (report == null) {
      return null;
    }
    announcements.announceDue(ticket, report, report.evaluatedAt(), actor, null);
    return state.summary();
  }

  /**
   * Starts a new UPDATE cycle; the old cycle is evaluated at the reset first, so a warning or
   * breach that fell due just before it is still announced.
   */
  private void reset(
      Ticket ticket, StoredFacts facts, Optional<SlaTerms> terms, Caller by, Instant at) {
    if (!facts.resets(at)) {
      return;
    }
    terms.ifPresent(
        t ->
            announcements.announceDue(
                ticket, SlaEvaluation.evaluate(t, facts.facts(), at), at, by.userName(), null));
    facts.reset(at);
  }

  /** Evaluates one ticket again (the checker, a policy change) and stores its state. */
  public Optional<SlaReport> reevaluate(Ticket ticket, Instant now, String cause) {
    Optional<SlaReport> report = evaluate(ticket, now);
    if (report.isEmpty()) {
      drop(ticket);
    }
    report.ifPresent(r -> store(ticket, r, SYSTEM, cause));
    evaluated.forget(ticket);
    return report;
  }

  /** The ticket's clocks now, for the API (empty when no policy applies). */
  @Transactional(TxType.SUPPORTS)
  public Optional<SlaReport> report(Ticket ticket, Instant now) {
    return evaluate(ticket, now);
  }

  /** The ticket's {@code sla} as last evaluated, or null when no policy applies (or not yet). */
  @Transactional(TxType.SUPPORTS)
  public SlaSummary summary(Ticket ticket) {
    Optional<EvaluatedSummaries.Evaluated> recalled = evaluated.recalled(ticket);
    if (recalled.isPresent()) {
      return recalled.get().summary();
    }
    SlaState state = SlaState.findById(ticket.id);
    return state == null ? null : state.summary();
  }

  /** The facts the ticket's report is evaluated from, for its timeline. */
  @Transactional(TxType.SUPPORTS)
  Optional<SlaFacts> facts(Ticket ticket) {
    return StoredFacts.load(ticket.id).map(StoredFacts::facts);
  }

  private Optional<SlaReport> evaluate(Ticket ticket, Instant now) {
    return facts(ticket).flatMap(facts -> evaluate(ticket, facts, now));
  }

  /** The clocks at {@code now} from these facts under the ticket's terms now. */
  @Transactional(TxType.SUPPORTS)
  Optional<SlaReport> evaluate(Ticket ticket, SlaFacts facts, Instant now) {
    return termsOf(ticket).map(terms -> SlaEvaluation.evaluate(terms, facts, now));
  }

  private Optional<SlaTerms> termsOf(Ticket ticket) {
    return policies.termsFor(ticket.priority, ticket.type, ticket.businessServiceId);
  }

  /** Writes the ticket's state row and announces. */
  private SlaState store(Ticket ticket, SlaReport report, String actor, String cause) {
    SlaState state = SlaState.findById(ticket.id);
    if (state == null) {
      state = new SlaState();
      state.ticketId = ticket.id;
      state.take(report);
      state.persist();
    } else {
      state.take(report);
    }
    announcements.announceDue(ticket, report, report.evaluatedAt(), actor, cause);
    return state;
  }

  private static SlaSummary drop(Ticket ticket) {
    SlaState.deleteById(ticket.id);
    return null;
  }
}
