package dev.rapport.ticket.domain.sla;

import dev.rapport.events.EventPayload;
import dev.rapport.events.Topics;
import dev.rapport.events.ticket.TicketSlaBreached;
import dev.rapport.events.ticket.TicketSlaWarning;
import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.support.outbox.Outbox;
import dev.rapport.ticket.domain.Ticket;
import dev.rapport.ticket.domain.TicketSummaries;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Announces warnings and breaches, exactly once per ticket, clock, cycle and threshold: the key is
 * inserted into {@code sla_announcements} ({@code on conflict do nothing}) and the event goes to
 * the outbox, in the same transaction, only when that insert wins. Two replicas, a restart or an
 * evaluation repeated after a crash therefore never announce twice.
 *
 * <p>When a change passes several thresholds of one clock and cycle at once (a raised priority, an
 * edited policy), only the highest is announced: a breach makes the older warning moot. The lower
 * ones are recorded as announced, without an event, so that they never go out later.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class SlaAnnouncements {
  private static final String INSERT =
      "insert into sla_announcements (ticket_id, clock, cycle, threshold, announced_at, reason)"
          + " values (:ticket, :clock, :cycle, :threshold, :at, :reason) on conflict do nothing";

  private final EntityManager em;
  private final Outbox outbox;
  private final MeterRegistry meters;

  SlaAnnouncements(EntityManager em, Outbox outbox, MeterRegistry meters) {
    this.em = em;
    this.outbox = outbox;
    this.meters = meters;
  }

  /**
   * Writes a warning or breach event for every milestone of {@code report} passed by {@code now}
   * and not yet announced.
   *
   * @param actor "system" for the checker; the person whose change is evaluated
   * @param cause why the clocks were evaluated again (e.g. "priority raised from P3 to P1"), or
   *     null when time passing is the cause
   */
  public void announceDue(
      Ticket ticket, SlaReport report, Instant now, String actor, String cause) {
    TicketSummary summary = null;
    for (SlaReport.ClockReport clock : report.clocks()) {
      List<SlaReport.Milestone> passed =
          clock.milestones().stream()
              .filter(m -> m.at() != null && !m.at().isAfter(now))
              .sorted(Comparator.comparingDouble(SlaReport.Milestone::threshold))
              .toList();
      if (passed.isEmpty()) {
        continue;
      }
      SlaReport.Milestone highest = passed.get(passed.size() - 1);
      String reason = cause != null ? cause : reason(clock, highest.threshold());
      if (record(ticket, clock, highest, now, reason)) {
        if (summary == null) {
          summary = TicketSummaries.of(ticket, SlaSummaries.of(report));
        }
        outbox.publish(
            Topics.TICKETS,
            event(summary, actor, clock, highest, reason, report.terms().calendar()));
        meters
            .counter(
                "rapport.sla.announcements",
                "clock",
                clock.clock().name(),
                "kind",
                highest.threshold() < 1 ? "warning" : "breach")
            .increment();
      }
      String moot = "passed together with " + percent(highest.threshold()) + "; not announced";
      for (SlaReport.Milestone lower : passed.subList(0, passed.size() - 1)) {
        record(ticket, clock, lower, now, moot);
      }
    }
  }

  /** Inserts the milestone's key; true when this call recorded it first. */
  private boolean record(
      Ticket ticket,
      SlaReport.ClockReport clock,
      SlaReport.Milestone milestone,
      Instant now,
      String reason) {
    return em.createNativeQuery(INSERT)
            .setParameter("ticket", ticket.id)
            .setParameter("clock", clock.clock().name())
            .setParameter("cycle", clock.cycle())
            .setParameter("threshold", BigDecimal.valueOf(milestone.threshold()))
            .setParameter("at", now)
            .setParameter("reason", reason)
            .executeUpdate()
        == 1;
  }

  private static EventPayload event(
      TicketSummary ticket,
      String actor,
      SlaReport.ClockReport clock,
      SlaReport.Milestone milestone,
      String reason,
      BusinessCalendar calendar) {
    String name = clock.clock().name();
    String target = clock.target().toString();
    Instant dueAt = dueAt(clock, calendar);
    String elapsed = clock.elapsed().toString();
    return milestone.threshold() < 1
        ? new TicketSlaWarning(
            ticket,
            actor,
            name,
            clock.cycle(),
            milestone.threshold(),
            target,
            dueAt,
            elapsed,
            reason)
        : new TicketSlaBreached(
            ticket, actor, name, clock.cycle(), 1.0, target, dueAt, elapsed, reason);
  }

  /** When the clock breaches (or breached): its due, else its breach milestone once it stopped. */
  private static Instant dueAt(SlaReport.ClockReport clock, BusinessCalendar calendar) {
    if (clock.dueAt() != null) {
      return clock.dueAt();
    }
    return clock.milestones().stream()
        .filter(m -> m.threshold() >= 1 && m.at() != null)
        .map(SlaReport.Milestone::at)
        .findFirst()
        .orElseGet(() -> calendar.dueAt(clock.startedAt(), clock.target()));
  }

  /** "75% of the PT1H update target used" / "the PT1H update target passed". */
  static String reason(SlaReport.ClockReport clock, double threshold) {
    String target = clock.target() + " " + clock.clock().name().toLowerCase(Locale.ROOT);
    return threshold < 1
        ? percent(threshold) + " of the " + target + " target used"
        : "the " + target + " target passed";
  }

  private static String percent(double threshold) {
    return Math.round(threshold * 100) + "%";
  }
}
