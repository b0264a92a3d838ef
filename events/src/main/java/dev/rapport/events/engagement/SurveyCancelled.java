package dev.rapport.events.engagement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.rapport.events.EventPayload;
import java.util.UUID;

/**
 * A pending survey was withdrawn before it was answered (its ticket reopened); its links no longer
 * work and an inbox item for it should go.
 *
 * @param survey the survey withdrawn
 * @param ticket its ticket
 * @param requester userName of the person it was sent to
 * @param reason why, in words (e.g. "the ticket was reopened")
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SurveyCancelled(UUID survey, SurveyTicket ticket, String requester, String reason)
    implements EventPayload {
  public static final String TYPE = "rapport.survey.cancelled.v1";

  @Override
  public String eventType() {
    return TYPE;
  }

  @Override
  public String aggregateId() {
    return ticket.id().toString();
  }
}
