package dev.rapport.events.ticket;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * The ticket's service-level promise as it stands after the change: when each clock falls due and
 * what state it is in, so that a consumer can say "next update by 15:00" without a call back.
 * Schema: {@code $defs/sla} of {@code schemas/rapport.ticket.summary.json}.
 *
 * <p>A due instant is set while its clock runs (and stays set once it is BREACHED, in the past); it
 * is null while the clock is PAUSED (not known until it resumes) and once it is MET.
 *
 * @param policy the name of the SLA policy the ticket is measured against
 * @param responseDue when IT's first customer-visible response is due, or null
 * @param resolutionDue when the resolution is due, or null
 * @param nextUpdateDue when the requester must next hear from IT (the update cadence), or null
 * @param response state of the RESPONSE clock: RUNNING, PAUSED, MET or BREACHED
 * @param resolution state of the RESOLUTION clock
 * @param update state of the current UPDATE cycle
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SlaSummary(
    String policy,
    Instant responseDue,
    Instant resolutionDue,
    Instant nextUpdateDue,
    String response,
    String resolution,
    String update) {}
