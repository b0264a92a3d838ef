package dev.rapport.engagement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The rating a survey was last given and where it counted, so a revision can replace it. */
@Entity
@Table(name = "survey_ratings")
public class SurveyRating extends PanacheEntityBase {
  @Id
  @Column(name = "survey_id")
  public UUID surveyId;

  public int rating;

  @Column(name = "answered_at")
  public Instant answeredAt;

  @Column(name = "team_id")
  public String teamId;

  @Column(name = "business_service_id")
  public UUID businessServiceId;

  public String priority;
}
