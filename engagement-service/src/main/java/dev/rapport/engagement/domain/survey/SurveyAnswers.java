package dev.rapport.engagement.domain.survey;

import dev.rapport.engagement.config.CsatConfig;
import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The answer rules, the same from the API and from a link: a pending survey takes one answer until
 * it expires; that answer may be changed (rating, comment) for the edit window after it was first
 * given, each change announced as a revision; then it is final. A withdrawn, expired or final
 * survey takes nothing.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class SurveyAnswers {
  /** The most characters of a comment. */
  public static final int MAX_COMMENT = 2000;

  /** Why a survey takes no answer. */
  public enum Closed {
    /** The ticket was reopened before an answer. */
    CANCELLED,
    /** Not answered in time. */
    EXPIRED,
    /** Answered, and the edit window has passed. */
    FINAL,
    /** Never asked. */
    NOT_ASKED
  }

  private final Clock clock;
  private final CsatConfig csat;
  private final SurveyEvents events;
  private final SurveySearch search;

  SurveyAnswers(Clock clock, CsatConfig csat, SurveyEvents events, SurveySearch search) {
    this.clock = clock;
    this.csat = csat;
    this.events = events;
    this.search = search;
  }

  /**
   * The requester answers (or changes the answer of) their survey {@code id}.
   *
   * @throws ProblemException 404 when it is not the caller's, 409 {@code survey-closed} when it
   *     takes no answer (withdrawn, expired, or final), with {@code reason}
   */
  public Survey answerOwn(UUID id, Caller caller, int rating, String comment) {
    Survey survey = search.own(id, caller);
    Closed closed = closed(survey);
    if (closed != null) {
      throw ProblemException.conflict(
          "survey-closed",
          switch (closed) {
            case CANCELLED -> "This survey was withdrawn: the ticket was reopened";
            case EXPIRED -> "This survey expired before it was answered";
            default ->
                "The answer is final: it could be changed for "
                    + csat.editWindow().toHours()
                    + " hours after it was given";
          },
          Map.of("reason", closed.name()));
    }
    return answer(survey, rating, comment);
  }

  /** Why {@code survey} takes no answer now, or null when it takes one. */
  @Transactional(TxType.SUPPORTS)
  public Closed closed(Survey survey) {
    Instant now = clock.instant();
    return switch (survey.status) {
      case PENDING -> survey.expiresAt.isAfter(now) ? null : Closed.EXPIRED;
      case ANSWERED -> editableUntil(survey).isAfter(now) ? null : Closed.FINAL;
      case CANCELLED -> Closed.CANCELLED;
      case EXPIRED -> Closed.EXPIRED;
      case SKIPPED -> Closed.NOT_ASKED;
    };
  }

  /** Until when the answer of an answered survey may be changed. */
  @Transactional(TxType.SUPPORTS)
  public Instant editableUntil(Survey survey) {
    return survey.answeredAt == null ? null : survey.answeredAt.plus(csat.editWindow());
  }

  /**
   * Records {@code rating} and {@code comment} (blank: none) as the answer, or as a revision of it;
   * an unchanged answer is no revision. The caller checked {@link #closed} and the values (rating 1
   * to 5, comment at most {@link #MAX_COMMENT} characters).
   *
   * @throws IllegalStateException when the survey takes no answer
   */
  public Survey answer(Survey survey, int rating, String comment) {
    if (closed(survey) != null) {
      throw new IllegalStateException("survey " + survey.id + " takes no answer");
    }
    if (rating < 1 || rating > 5) {
      throw new IllegalArgumentException("a rating is 1 to 5");
    }
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    Instant now = clock.instant();
    if (survey.status == SurveyStatus.PENDING) {
      survey.status = SurveyStatus.ANSWERED;
      survey.rating = rating;
      survey.comment = text;
      survey.answeredAt = now;
      events.answered(survey, false, now);
    } else if (survey.rating != rating || !Objects.equals(survey.comment, text)) {
      survey.rating = rating;
      survey.comment = text;
      survey.revisedAt = now;
      events.answered(survey, true, now);
    }
    return survey;
  }
}
