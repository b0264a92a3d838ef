package dev.rapport.events.ticket;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;

/**
 * The requester's satisfaction rating of the ticket, as engagement-service last reported it.
 *
 * @param survey the survey answered
 * @param rating 1 (very dissatisfied) to 5 (very satisfied)
 * @param answeredAt when it was given (or last revised)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CsatSummary(UUID survey, int rating, Instant answeredAt) {}
