package dev.rapport.ticket.domain.sla;

import dev.rapport.events.ticket.SlaSummary;
import dev.rapport.ticket.domain.sla.SlaReport.ClockReport;
import dev.rapport.ticket.domain.sla.SlaReport.Milestone;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A ticket's SLA state as last evaluated ({@code ticket_sla}): what lists filter and sort on, what
 * the checker polls ({@link #nextCheckAt}) and what the ticket's {@code sla} shows.
 */
@Entity
@Table(name = "ticket_sla")
public class SlaState extends PanacheEntityBase {
  @Id
  @Column(name = "ticket_id")
  public UUID ticketId;

  @Column(name = "policy_id")
  public UUID policyId;

  @Column(name = "policy_name")
  public String policyName;

  @Enumerated(EnumType.STRING)
  @Column(name = "response_state")
  public ClockState responseState;

  @Enumerated(EnumType.STRING)
  @Column(name = "resolution_state")
  public ClockState resolutionState;

  @Enumerated(EnumType.STRING)
  @Column(name = "update_state")
  public ClockState updateState;

  @Column(name = "response_due")
  public Instant responseDue;

  @Column(name = "resolution_due")
  public Instant resolutionDue;

  @Column(name = "next_update_due")
  public Instant nextUpdateDue;

  @Column(name = "update_cycle")
  public int updateCycle;

  /** The earliest due instant of a clock still counting. */
  @Column(name = "next_due")
  public Instant nextDue;

  /** A counting clock has passed a warning threshold but not its target. */
  @Column(name = "at_risk")
  public boolean atRisk;

  /** A clock (the current UPDATE cycle) is past its target. */
  public boolean breached;

  /** The earliest milestone still ahead: when the checker next looks at this ticket. */
  @Column(name = "next_check_at")
  public Instant nextCheckAt;

  @Column(name = "evaluated_at")
  public Instant evaluatedAt;

  /** Takes the evaluation's figures. */
  void take(SlaReport report) {
    Instant now = report.evaluatedAt();
    ClockReport response = report.clock(SlaClock.RESPONSE);
    ClockReport resolution = report.clock(SlaClock.RESOLUTION);
    ClockReport update = report.clock(SlaClock.UPDATE);
    policyId = report.terms().policyId();
    policyName = report.terms().policyName();
    responseState = response.state();
    resolutionState = resolution.state();
    updateState = update.state();
    responseDue = response.dueAt();
    resolutionDue = resolution.dueAt();
    nextUpdateDue = update.dueAt();
    updateCycle = update.cycle();
    nextDue = null;
    atRisk = false;
    breached = false;
    nextCheckAt = null;
    for (ClockReport clock : report.clocks()) {
      boolean counting = clock.stoppedAt() == null && clock.state() != ClockState.PAUSED;
      if (counting
          && clock.dueAt() != null
          && (nextDue == null || clock.dueAt().isBefore(nextDue))) {
        nextDue = clock.dueAt();
      }
      breached |= clock.state() == ClockState.BREACHED;
      for (Milestone milestone : clock.milestones()) {
        if (milestone.at() == null) {
          continue;
        }
        if (milestone.at().isAfter(now)) {
          nextCheckAt =
              nextCheckAt == null || milestone.at().isBefore(nextCheckAt)
                  ? milestone.at()
                  : nextCheckAt;
        } else if (counting && clock.state() == ClockState.RUNNING && milestone.threshold() < 1) {
          atRisk = true;
        }
      }
    }
    evaluatedAt = now;
  }

  /** The ticket's {@code sla} as every event and the ticket response carry it. */
  public SlaSummary summary() {
    return new SlaSummary(
        policyName,
        responseDue,
        resolutionDue,
        nextUpdateDue,
        responseState.name(),
        resolutionState.name(),
        updateState.name());
  }

  /**
   * Loads the states of these tickets in one query, so that what reads them one by one afterwards
   * in the same session (a page of ticket views) finds them there.
   */
  public static void preload(List<UUID> ticketIds) {
    if (!ticketIds.isEmpty()) {
      list("ticketId in ?1", ticketIds);
    }
  }
}
