package dev.rapport.events.engagement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.rapport.events.EventPayload;
import java.time.Instant;
import java.util.UUID;

/**
 * A member of a team is invited to answer a staff pulse survey (anonymous: the answer is never tied
 * to the person). notification-service sends the invitation.
 *
 * @param pulse the pulse survey's id ({@code /api/v1/pulse-surveys/{id}})
 * @param round the round of a recurring pulse, from 1
 * @param teamId the team surveyed
 * @param person userName of the member invited
 * @param title the survey's title, shown in the invitation
 * @param closesAt when answers stop being accepted
 * @param answerUrl where the member answers (signed in)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PulseInvited(
    UUID pulse,
    int round,
    String teamId,
    String person,
    String title,
    Instant closesAt,
    String answerUrl)
    implements EventPayload {
  public static final String TYPE = "rapport.pulse.invited.v1";

  @Override
  public String eventType() {
    return TYPE;
  }

  @Override
  public String aggregateId() {
    return pulse.toString();
  }
}
