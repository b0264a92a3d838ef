package dev.rapport.skills.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * The severity a team's gap in a skill had when last announced. Only gaps that are open (severity
 * other than NONE) have a row; a gap that closes loses it.
 */
@Entity
@Table(name = "skill_gap_states")
@IdClass(SkillGapState.Key.class)
public class SkillGapState extends PanacheEntityBase {
  public record Key(UUID teamId, UUID skillId) implements Serializable {
    public Key() {
      this(null, null);
    }
  }

  @Id
  @Column(name = "team_id")
  public UUID teamId;

  @Id
  @Column(name = "skill_id")
  public UUID skillId;

  @Enumerated(EnumType.STRING)
  public GapSeverity severity;

  /** The level the requirement asked for when the severity was announced. */
  @Column(name = "minimum_level")
  public Integer minimumLevel;

  @Column(name = "changed_at")
  public Instant changedAt;
}
