package dev.rapport.engagement.domain;

import dev.rapport.events.EventPayload;
import dev.rapport.events.engagement.SurveyAnswered;
import dev.rapport.events.engagement.SurveyCancelled;
import dev.rapport.events.engagement.SurveyRequested;
import dev.rapport.events.engagement.SurveyTicket;
import dev.rapport.support.messaging.IncomingCloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts of satisfaction surveys, counted under the survey ticket's team, service and priority:
 * a request (SURVEY_REQUESTED), a withdrawal (SURVEY_CANCELLED: no longer asked), an answer
 * (SURVEY_ANSWERED, the rating, labelled SATISFIED for 4-5). A revision takes the earlier rating
 * back (SURVEY_RETRACTED) and counts the new one, both on the day of the first answer, so a survey
 * counts once with its latest rating.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class SurveyFacts {
  private final SurveyRatings ratings;

  SurveyFacts(SurveyRatings ratings) {
    this.ratings = ratings;
  }

  /** The facts of {@code payload}; none for a type that counts in no metric. */
  public List<Fact> of(IncomingCloudEvent event, EventPayload payload) {
    if (payload instanceof SurveyRequested requested) {
      return List.of(
          fact(event, FactKind.SURVEY_REQUESTED, null, requested.ticket(), requested, 1));
    }
    if (payload instanceof SurveyCancelled cancelled) {
      return List.of(
          fact(event, FactKind.SURVEY_CANCELLED, null, cancelled.ticket(), cancelled, 1));
    }
    if (payload instanceof SurveyAnswered answered) {
      return answer(event, answered);
    }
    return List.of();
  }

  private List<Fact> answer(IncomingCloudEvent event, SurveyAnswered answered) {
    if (answered.survey() == null || answered.rating() < 1 || answered.rating() > 5) {
      throw new IllegalArgumentException(
          event.type() + " " + event.id() + " has no survey or a rating outside 1..5");
    }
    SurveyRating earlier = ratings.find(answered.survey());
    List<Fact> facts = new ArrayList<>();
    SurveyRating rating = earlier;
    if (earlier == null) {
      rating = new SurveyRating();
      rating.surveyId = answered.survey();
      rating.answeredAt = answered.answeredAt() == null ? event.time() : answered.answeredAt();
      SurveyTicket ticket = answered.ticket();
      if (ticket != null) {
        rating.teamId = ticket.teamId();
        rating.businessServiceId = ticket.businessServiceId();
        rating.priority = ticket.priority();
      }
    } else {
      facts.add(counted(event, FactKind.SURVEY_RETRACTED, earlier, earlier.rating));
    }
    rating.rating = answered.rating();
    facts.add(counted(event, FactKind.SURVEY_ANSWERED, rating, answered.rating()));
    ratings.save(rating);
    return facts;
  }

  private static Fact counted(IncomingCloudEvent event, FactKind kind, SurveyRating at, int r) {
    return Fact.of(
        event.id(),
        kind,
        r >= 4 ? "SATISFIED" : "OTHER",
        at.answeredAt,
        new Dimensions(at.teamId, at.businessServiceId, at.priority),
        at.surveyId.toString(),
        r);
  }

  private static Fact fact(
      IncomingCloudEvent event,
      FactKind kind,
      String label,
      SurveyTicket ticket,
      EventPayload payload,
      double measure) {
    Dimensions dims =
        ticket == null
            ? Dimensions.NONE
            : new Dimensions(ticket.teamId(), ticket.businessServiceId(), ticket.priority());
    return Fact.of(event.id(), kind, label, event.time(), dims, payload.aggregateId(), measure);
  }
}
