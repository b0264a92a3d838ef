package dev.rapport.events.engagement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.rapport.events.EventPayload;
import java.time.Instant;
import java.util.UUID;

/**
 * A requester answered a satisfaction survey, or revised their answer within the edit window.
 * ticket-service records it on the ticket; a rating of 1 or 2 makes notification-service alert the
 * team's leads at once.
 *
 * @param survey the survey
 * @param ticket its ticket
 * @param requester userName of who answered
 * @param rating 1 (very dissatisfied) to 5 (very satisfied)
 * @param comment the requester's words, or null
 * @param answeredAt when this answer (or revision) was given
 * @param revised false for the first answer, true for a revision of it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SurveyAnswered(
    UUID survey,
    SurveyTicket ticket,
    String requester,
    int rating,
    String comment,
    Instant answeredAt,
    boolean revised)
    implements EventPayload {
  public static final String TYPE = "rapport.survey.answered.v1";

  @Override
  public String eventType() {
    return TYPE;
  }

  @Override
  public String aggregateId() {
    return ticket.id().toString();
  }
}
