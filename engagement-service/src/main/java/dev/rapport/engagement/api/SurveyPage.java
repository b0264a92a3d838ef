package dev.rapport.engagement.api;

import dev.rapport.engagement.domain.survey.Survey;
import dev.rapport.engagement.domain.survey.SurveyAnswers;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What the survey page shows (templates/survey/page.html).
 *
 * @param state RECORDED (a rating link just recorded its rating), SAVED (the form was sent),
 *     OPTED_OUT, INVALID (the form had no rating 1 to 5), or OPEN (nothing happened on this visit)
 * @param selected the rating checked in the form
 * @param editableUntil answered: until when the answer may change, in words; else null
 */
public record SurveyPage(
    String state,
    String ticketKey,
    String ticketTitle,
    Integer rating,
    String comment,
    Integer selected,
    String editableUntil,
    List<Integer> ratings,
    int maxComment) {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /** The page of {@code survey} after this visit; {@code preselect} (if any) wins in the form. */
  static SurveyPage of(String state, Survey survey, Integer preselect, Instant editableUntil) {
    return new SurveyPage(
        state,
        survey.ticketKey,
        survey.ticketTitle,
        survey.rating,
        survey.comment,
        preselect != null ? preselect : survey.rating,
        editableUntil == null ? null : WHEN.format(editableUntil),
        List.of(5, 4, 3, 2, 1),
        SurveyAnswers.MAX_COMMENT);
  }
}
