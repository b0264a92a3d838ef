package dev.rapport.events.ticket;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * A clock of the ticket's SLA passed one of its policy's warning thresholds (e.g. 75 % of the
 * target used). Announced exactly once per clock, threshold and cycle.
 *
 * @param ticket the ticket (its {@code sla} shows every clock)
 * @param actor "system" when the checker found it; the person whose change (e.g. a raised priority)
 *     made the threshold already passed
 * @param clock RESPONSE, RESOLUTION or UPDATE
 * @param cycle 1 for RESPONSE and RESOLUTION; for UPDATE the number of the update cycle (a new one
 *     starts at each customer-visible update from IT)
 * @param threshold the share of the target passed, between 0 and 1 (exclusive)
 * @param target the clock's target, an ISO-8601 duration of business time (e.g. {@code PT1H})
 * @param dueAt when the clock breaches if nothing happens
 * @param elapsed business time used so far, ISO-8601 duration
 * @param reason why, in words: the threshold passed, or the change that made it passed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketSlaWarning(
    TicketSummary ticket,
    String actor,
    String clock,
    int cycle,
    double threshold,
    String target,
    Instant dueAt,
    String elapsed,
    String reason)
    implements TicketEventPayload {
  public static final String TYPE = "rapport.ticket.sla-warning.v1";

  @Override
  public String eventType() {
    return TYPE;
  }
}
