package dev.rapport.skills.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A team: a SCIM Group of people. Skill requirements and gaps are per team. */
@Entity
@Table(name = "teams")
public class Team extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "display_name")
  public String displayName;

  @Column(name = "external_id")
  public String externalId;

  @ManyToMany
  @JoinTable(
      name = "team_members",
      joinColumns = @JoinColumn(name = "team_id"),
      inverseJoinColumns = @JoinColumn(name = "person_id"))
  public Set<Person> members = new LinkedHashSet<>();

  @Version public int version;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  /** The team a path or query names: by id when {@code ref} is a UUID, else by display name. */
  public static Optional<Team> byReference(String ref) {
    if (ref == null || ref.isBlank()) {
      return Optional.empty();
    }
    String trimmed = ref.strip();
    try {
      return findByIdOptional(UUID.fromString(trimmed));
    } catch (IllegalArgumentException notAnId) {
      return find("lower(displayName) = lower(?1)", trimmed).firstResultOptional();
    }
  }
}
