package dev.rapport.notification.engagement;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.events.EventPayload;
import dev.rapport.events.engagement.RatingLink;
import dev.rapport.events.engagement.SurveyAnswered;
import dev.rapport.events.engagement.SurveyRequested;
import dev.rapport.events.engagement.SurveyTicket;
import dev.rapport.local.CloudEventWriter;
import dev.rapport.local.testing.TestEventWriters;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** Engagement events published as engagement-service's relay does, and the payloads tests use. */
final class EngagementEvents implements AutoCloseable {
  private final CloudEventWriter writer;

  EngagementEvents(ObjectMapper json) {
    writer = TestEventWriters.engagement(json);
  }

  String publish(EventPayload event) {
    return writer.publish(event);
  }

  /** Publishes {@code event} again under {@code ceId}: a redelivery. */
  String publish(EventPayload event, String ceId) {
    return writer.publish(event, ceId);
  }

  /** A resolved P3 ticket "Printer jammed" of {@code requester}, resolved by the team. */
  static SurveyTicket ticket(String requester, String teamId, String assignee) {
    UUID id = UUID.randomUUID();
    return new SurveyTicket(
        id,
        "T-" + id.toString().substring(0, 6),
        "Printer jammed",
        "P3",
        teamId,
        assignee,
        null,
        null);
  }

  /** The five one-click links of {@code survey}, as engagement-service signs them. */
  static List<RatingLink> links(UUID survey) {
    return IntStream.rangeClosed(1, 5)
        .mapToObj(
            r ->
                new RatingLink(
                    r, "https://rapport.example.com/s/" + survey + "." + r + "-Zm9yZ2VkLW5vdA"))
        .toList();
  }

  static String answerUrl(UUID survey) {
    return "https://rapport.example.com/s/" + survey + "-Y29tbWVudA";
  }

  static SurveyRequested requested(SurveyTicket ticket, String requester, Instant expiresAt) {
    UUID survey = UUID.randomUUID();
    return new SurveyRequested(
        survey, ticket, requester, expiresAt, links(survey), answerUrl(survey));
  }

  static SurveyAnswered answered(
      UUID survey,
      SurveyTicket ticket,
      String requester,
      int rating,
      String comment,
      Instant at,
      boolean revised) {
    return new SurveyAnswered(survey, ticket, requester, rating, comment, at, revised);
  }

  @Override
  public void close() {
    writer.close();
  }
}
