package dev.rapport.notification.domain;

import java.time.Instant;

/**
 * What every message of one event shares, whoever reads it.
 *
 * @param teamName the ticket's team's display name, or null
 * @param actorName how to name whoever caused the event
 * @param requesterName how to name the ticket's requester ("Alice has not heard from us")
 * @param now when the message is written: "today" and "tomorrow" are as of then
 */
public record MessageContext(
    String teamName, String actorName, String requesterName, Instant now) {}
