package dev.rapport.notification.domain;

import io.quarkus.qute.TemplateData;

/**
 * What the engagement templates ({@code engagement_<lang>.txt}) may show, as {@code m}: a
 * satisfaction survey, a low rating, a pulse invitation or an engagement alert. Fields a kind does
 * not use are null (0 for the rating). Everything is already in the reader's words: times in their
 * zone, figures in their locale.
 *
 * @param key the ticket's key (T-1042), or null
 * @param title the ticket's title, or the pulse survey's
 * @param team the team's display name, or null when not known
 * @param service the business service's name, or null
 * @param person how to name who rated the ticket (their display name)
 * @param assignee how to name who resolved it, or null
 * @param rating the rating given, 1 to 5
 * @param previousRating the rating a revision replaced, or null
 * @param comment the requester's words, shortened when long, or null
 * @param closes when the survey stops taking answers, in the reader's words ("17:00 on Friday 4
 *     December")
 * @param metric the alert's metric as engagement-service names it ({@code csat}, {@code
 *     cadence-adherence}, {@code enps} …)
 * @param observed the figure observed, in the reader's number format
 * @param threshold the threshold crossed, likewise
 * @param windowDays the period looked at, in days, when it is a whole number of days
 * @param windowHours the period in hours, when it is a whole number of hours under a day
 * @param window the period as the alert gave it (ISO-8601), for any other
 * @param summary what happened, in engagement-service's words
 */
@TemplateData
public record EngagementView(
    String key,
    String title,
    String team,
    String service,
    String person,
    String assignee,
    int rating,
    Integer previousRating,
    String comment,
    String closes,
    String metric,
    String observed,
    String threshold,
    Integer windowDays,
    Integer windowHours,
    String window,
    String summary) {

  /** The longest comment quoted in full; a longer one is cut at a word and ends with "…". */
  static final int COMMENT_LENGTH = 200;

  /** A ticket's survey, closing at {@code closes}. */
  static EngagementView survey(String key, String title, String closes) {
    return new EngagementView(
        key, title, null, null, null, null, 0, null, null, closes, null, null, null, null, null,
        null, null);
  }

  /** A low rating of a ticket. */
  static EngagementView rating(
      String key,
      String title,
      String team,
      String person,
      String assignee,
      int rating,
      Integer previousRating,
      String comment) {
    return new EngagementView(
        key,
        title,
        team,
        null,
        person,
        assignee,
        rating,
        previousRating,
        shorten(comment),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** A pulse invitation. */
  static EngagementView pulse(String title, String team, String closes) {
    return new EngagementView(
        null, title, team, null, null, null, 0, null, null, closes, null, null, null, null, null,
        null, null);
  }

  /** An engagement alert. */
  static EngagementView alert(
      String team,
      String service,
      String metric,
      String observed,
      String threshold,
      AlertWindow window,
      String summary) {
    return new EngagementView(
        null,
        null,
        team,
        service,
        null,
        null,
        0,
        null,
        null,
        null,
        metric,
        observed,
        threshold,
        window.days(),
        window.hours(),
        window.iso(),
        summary);
  }

  /** {@code comment} on one line, cut at a word past {@link #COMMENT_LENGTH}; null if blank. */
  static String shorten(String comment) {
    if (comment == null || comment.isBlank()) {
      return null;
    }
    String line = comment.strip().replaceAll("\\s+", " ");
    if (line.length() <= COMMENT_LENGTH) {
      return line;
    }
    int cut = line.lastIndexOf(' ', COMMENT_LENGTH);
    return line.substring(0, cut > COMMENT_LENGTH / 2 ? cut : COMMENT_LENGTH).strip() + "…";
  }
}
