package dev.rapport.events.engagement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.rapport.events.EventPayload;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A ticket resolved and its requester is asked how satisfied they are (CSAT). Not sent when the
 * person was asked within the fatigue interval or opted out. notification-service sends it on the
 * person's channels.
 *
 * @param survey the survey's id ({@code /api/v1/surveys/{id}/answer})
 * @param ticket the resolved ticket
 * @param requester userName of the person asked
 * @param expiresAt when the survey and its links stop accepting answers
 * @param ratingLinks five one-click links, ratings 1 to 5
 * @param answerUrl the page where the requester rates and comments (same token, no rating)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SurveyRequested(
    UUID survey,
    SurveyTicket ticket,
    String requester,
    Instant expiresAt,
    List<RatingLink> ratingLinks,
    String answerUrl)
    implements EventPayload {
  public static final String TYPE = "rapport.survey.requested.v1";

  public SurveyRequested {
    ratingLinks = ratingLinks == null ? List.of() : List.copyOf(ratingLinks);
  }

  @Override
  public String eventType() {
    return TYPE;
  }

  @Override
  public String aggregateId() {
    return ticket.id().toString();
  }
}
