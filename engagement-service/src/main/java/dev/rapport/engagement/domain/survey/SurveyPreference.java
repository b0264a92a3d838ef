package dev.rapport.engagement.domain.survey;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Whether a person wants satisfaction surveys; no row means they do. */
@Entity
@Table(name = "survey_preferences")
public class SurveyPreference extends PanacheEntityBase {
  /** userName, lower-cased. */
  @Id
  @Column(name = "user_name")
  public String userName;

  @Column(name = "opted_out")
  public boolean optedOut;

  @Column(name = "updated_at")
  public Instant updatedAt;
}
