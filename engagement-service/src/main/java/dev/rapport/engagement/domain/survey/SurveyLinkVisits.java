package dev.rapport.engagement.domain.survey;

import dev.rapport.engagement.domain.survey.LinkRefused.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;

/**
 * Someone opened or submitted a survey link from their message. The token is the credential: a
 * genuine one of a survey that still takes answers works without a login; anything else is {@link
 * LinkRefused}.
 *
 * <p>Mail scanners that open every link of a message before the person does: opening a rating link
 * records that rating only while the survey has no answer yet, and never changes an answer; only a
 * submitted form (a POST, which scanners do not send) does. So a scanner opening all five links
 * records at most the first, and the page the person sees shows their answer with "change my
 * rating" for the edit window.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class SurveyLinkVisits {
  /** What the page shows after a visit. */
  public record Visit(Survey survey, Integer linkRating, boolean recordedNow) {}

  private final SurveyLinks links;
  private final SurveyAnswers answers;
  private final SurveyOptOuts optOuts;
  private final Clock clock;

  SurveyLinkVisits(SurveyLinks links, SurveyAnswers answers, SurveyOptOuts optOuts, Clock clock) {
    this.links = links;
    this.answers = answers;
    this.optOuts = optOuts;
    this.clock = clock;
  }

  /**
   * Opens the link: a rating link of an unanswered survey records its rating (one click).
   *
   * @throws LinkRefused when the link does not (or no longer) work
   */
  public Visit open(String token) {
    SurveyLinks.Link link = resolve(token);
    Survey survey = Survey.findById(link.survey());
    if (link.rating() != null && survey.status == SurveyStatus.PENDING) {
      answers.answer(survey, link.rating(), null);
      return new Visit(survey, link.rating(), true);
    }
    return new Visit(survey, link.rating(), false);
  }

  /**
   * The survey of a link that works, changing nothing.
   *
   * @throws LinkRefused when the link does not (or no longer) work
   */
  @Transactional(TxType.SUPPORTS)
  public Survey survey(String token) {
    return Survey.findById(resolve(token).survey());
  }

  /**
   * The form of the page: the answer, or a change of it, with an optional comment.
   *
   * @throws LinkRefused when the link does not (or no longer) work
   */
  public Survey submit(String token, int rating, String comment) {
    return answers.answer(survey(token), rating, comment);
  }

  /**
   * "Don't ask me again" on the page: the survey's requester opts out of future surveys.
   *
   * @throws LinkRefused when the link does not (or no longer) work
   */
  public Survey optOut(String token) {
    Survey survey = survey(token);
    optOuts.choose(survey.requester, true);
    return survey;
  }

  private SurveyLinks.Link resolve(String token) {
    SurveyLinks.Link link = links.verify(token).orElseThrow(() -> new LinkRefused(Reason.NOT_OURS));
    Survey survey = Survey.findById(link.survey());
    if (survey == null) {
      throw new LinkRefused(Reason.NOT_OURS);
    }
    SurveyAnswers.Closed closed = answers.closed(survey);
    if (closed != null) {
      throw new LinkRefused(
          switch (closed) {
            case CANCELLED -> Reason.CANCELLED;
            case EXPIRED -> Reason.EXPIRED;
            case FINAL -> Reason.FINAL;
            case NOT_ASKED -> Reason.NOT_OURS;
          });
    }
    if (!link.usableUntil().isAfter(clock.instant())) {
      throw new LinkRefused(Reason.EXPIRED);
    }
    return link;
  }
}
