package dev.rapport.engagement.domain.survey;

import dev.rapport.engagement.config.CsatConfig;
import dev.rapport.events.Topics;
import dev.rapport.events.engagement.SurveyAnswered;
import dev.rapport.events.engagement.SurveyCancelled;
import dev.rapport.events.engagement.SurveyRequested;
import dev.rapport.support.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What happens to surveys, announced on {@code rapport.engagement.v1} through the outbox, in the
 * transaction of the change (keyed by ticket id, so a ticket's survey events keep their order).
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class SurveyEvents {
  private final Outbox outbox;
  private final SurveyLinks links;
  private final CsatConfig csat;

  SurveyEvents(Outbox outbox, SurveyLinks links, CsatConfig csat) {
    this.outbox = outbox;
    this.links = links;
    this.csat = csat;
  }

  /**
   * The requesters are asked, in the order of {@code surveys}: five one-click links and the answer
   * page each, usable until the survey expires plus the edit window (an answer given at the last
   * moment may still be corrected).
   */
  public void requested(List<Survey> surveys) {
    List<SurveyRequested> requests = new ArrayList<>();
    for (Survey survey : surveys) {
      Instant usableUntil = survey.expiresAt.plus(csat.editWindow());
      requests.add(
          new SurveyRequested(
              survey.id,
              survey.ticket(),
              survey.requester,
              survey.expiresAt,
              links.ratingLinks(survey.id, usableUntil),
              links.answerUrl(survey.id, usableUntil)));
    }
    outbox.publishAll(Topics.ENGAGEMENT, requests);
  }

  /** A pending survey was withdrawn. */
  public void cancelled(Survey survey, String reason) {
    outbox.publish(
        Topics.ENGAGEMENT,
        new SurveyCancelled(survey.id, survey.ticket(), survey.requester, reason));
  }

  /** The requester answered ({@code revised} false) or changed their answer. */
  public void answered(Survey survey, boolean revised, Instant at) {
    outbox.publish(
        Topics.ENGAGEMENT,
        new SurveyAnswered(
            survey.id,
            survey.ticket(),
            survey.requester,
            survey.rating,
            survey.comment,
            at,
            revised));
  }
}
