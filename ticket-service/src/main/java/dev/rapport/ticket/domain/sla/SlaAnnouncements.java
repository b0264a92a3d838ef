package dev.rapport.ticket.domain.sla;

import dev.rapport.ticket.domain.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;

/** Announces warnings and breaches, exactly once per ticket, clock, cycle and threshold. */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class SlaAnnouncements {

  /**
   * PLACEHOLDER of the contract (issue 10): writes a warning or breach event for every milestone of
   * {@code report} passed by {@code now} and not yet announced.
   *
   * @param actor "system" for the checker; the person whose change is evaluated
   * @param cause why the clocks were evaluated again (e.g. "priority raised from P3 to P1"), or
   *     null when time passing is the cause
   */
  public void announceDue(
      Ticket ticket, SlaReport report, Instant now, String actor, String cause) {}
}
