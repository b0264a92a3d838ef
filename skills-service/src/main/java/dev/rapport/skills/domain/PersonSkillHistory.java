package dev.rapport.skills.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One change of a person's level in a skill, or of its verification; never rewritten. */
@Entity
@Table(name = "person_skill_history")
public class PersonSkillHistory extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "person_id")
  public UUID personId;

  @Column(name = "skill_id")
  public UUID skillId;

  @Column(name = "previous_level")
  public Integer previousLevel;

  /** The level after the change; null when the skill was removed from the person. */
  public Integer level;

  @Enumerated(EnumType.STRING)
  public SkillSource source;

  @Column(name = "verified_by")
  public String verifiedBy;

  public String actor;
  public String note;

  @Column(name = "changed_at")
  public Instant changedAt;
}
