package dev.rapport.skills.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** What a team needs of one skill: {@code headcount} people at {@code minimumLevel} or above. */
@Entity
@Table(name = "team_requirements")
@IdClass(TeamRequirement.Key.class)
public class TeamRequirement extends PanacheEntityBase {
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

  @Column(name = "minimum_level")
  public int minimumLevel;

  public int headcount;

  @Version public int version;

  @Column(name = "updated_by")
  public String updatedBy;

  @Column(name = "updated_at")
  public Instant updatedAt;
}
