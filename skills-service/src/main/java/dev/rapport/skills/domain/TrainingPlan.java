package dev.rapport.skills.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Training assigned to a person towards a target level of a skill. */
@Entity
@Table(name = "training_plans")
public class TrainingPlan extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "person_id")
  public UUID personId;

  @Column(name = "skill_id")
  public UUID skillId;

  /** The person's level when the plan was made; 0 when they had none. */
  @Column(name = "start_level")
  public int startLevel;

  @Column(name = "target_level")
  public int targetLevel;

  @Column(name = "due_date")
  public LocalDate dueDate;

  public String resource;

  @Column(name = "progress_percent")
  public int progressPercent;

  @Enumerated(EnumType.STRING)
  public TrainingStatus status;

  @Column(name = "assigned_by")
  public String assignedBy;

  @Column(name = "assigned_at")
  public Instant assignedAt;

  @Column(name = "completed_at")
  public Instant completedAt;

  @Version public int version;
}
