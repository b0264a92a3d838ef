package dev.rapport.events.engagement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A one-click answer: opening {@code url} records {@code rating}. The URL carries a signed,
 * expiring, single-use token that is the credential, so no login is needed from an e-mail.
 *
 * @param rating 1 (very dissatisfied) to 5 (very satisfied)
 * @param url absolute URL of engagement-service's {@code /s/{token}} page for this rating
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RatingLink(int rating, String url) {}
