package dev.rapport.events.ticket;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * A clock of the ticket's SLA passed its target: the promise was broken. Announced exactly once per
 * clock and cycle; when a change (a raised priority, an edited policy) breaches a clock at once,
 * {@code reason} says so, e.g. "priority raised from P3 to P1".
 *
 * @param ticket the ticket (its {@code sla} shows every clock)
 * @param actor "system" when the checker found it; the person whose change breached it
 * @param clock RESPONSE, RESOLUTION or UPDATE
 * @param cycle 1 for RESPONSE and RESOLUTION; for UPDATE the number of the update cycle
 * @param threshold always 1 (the whole target)
 * @param target the clock's target, an ISO-8601 duration of business time
 * @param dueAt when it fell due
 * @param elapsed business time used, ISO-8601 duration (at least the target)
 * @param reason why, in words
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketSlaBreached(
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
  public static final String TYPE = "rapport.ticket.sla-breached.v1";

  @Override
  public String eventType() {
    return TYPE;
  }
}
