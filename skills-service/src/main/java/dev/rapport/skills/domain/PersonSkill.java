package dev.rapport.skills.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A person's current level in one skill, where it came from and who verified it. */
@Entity
@Table(name = "person_skills")
@IdClass(PersonSkill.Key.class)
public class PersonSkill extends PanacheEntityBase {
  public record Key(UUID personId, UUID skillId) implements Serializable {
    public Key() {
      this(null, null);
    }
  }

  @Id
  @Column(name = "person_id")
  public UUID personId;

  @Id
  @Column(name = "skill_id")
  public UUID skillId;

  public int level;

  @Enumerated(EnumType.STRING)
  public SkillSource source;

  @Column(name = "verified_by")
  public String verifiedBy;

  @Column(name = "verified_at")
  public Instant verifiedAt;

  @Version public int version;

  @Column(name = "updated_at")
  public Instant updatedAt;
}
