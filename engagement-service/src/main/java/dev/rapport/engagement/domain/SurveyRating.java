package dev.rapport.engagement.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * The rating a survey was last given and where it counted, so a revision can replace it: a row of
 * survey_ratings ({@link SurveyRatings}).
 */
public class SurveyRating {
  public UUID surveyId;
  public int rating;
  public Instant answeredAt;
  public String teamId;
  public UUID businessServiceId;
  public String priority;
}
