package dev.rapport.skills.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A skill in the catalogue. Names are unique without regard to case; tickets name skills. */
@Entity
@Table(name = "skills")
public class Skill extends PanacheEntityBase {
  @Id public UUID id;

  public String name;
  public String category;
  public String description;

  @Version public int version;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  /**
   * The skill a ticket or a query names: by catalogue id when {@code ref} is a UUID, else by name
   * without regard to case.
   */
  public static Optional<Skill> byReference(String ref) {
    if (ref == null || ref.isBlank()) {
      return Optional.empty();
    }
    String trimmed = ref.trim();
    try {
      return findByIdOptional(UUID.fromString(trimmed));
    } catch (IllegalArgumentException notAnId) {
      return find("lower(name) = lower(?1)", trimmed).firstResultOptional();
    }
  }
}
