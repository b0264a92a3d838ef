package dev.rapport.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The last rating heard of a satisfaction survey (rapport.survey.answered.v1), so that a low rating
 * alerts the team's leads once: on the first answer of 1 or 2, and on a revision that drops to 1 or
 * 2 ({@link EngagementNotifications}).
 */
@Entity
@Table(name = "survey_ratings")
public class SurveyRating extends PanacheEntityBase {
  /** Ratings at or below this one alert the team's leads. */
  public static final int LOW = 2;

  @Id
  @Column(name = "survey_id")
  public UUID surveyId;

  public int rating;

  /** When the answer recorded was given: an answer given before it changes nothing. */
  @Column(name = "answered_at")
  public Instant answeredAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  /** Whether {@code rating} is low enough to call the requester back. */
  public static boolean low(int rating) {
    return rating <= LOW;
  }
}
