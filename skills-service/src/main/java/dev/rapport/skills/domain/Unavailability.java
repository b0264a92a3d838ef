package dev.rapport.skills.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A period in which a person takes no work: leave, training, on call elsewhere. [startsAt, endsAt).
 */
@Entity
@Table(name = "unavailability")
public class Unavailability extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "person_id")
  public UUID personId;

  @Column(name = "starts_at")
  public Instant startsAt;

  @Column(name = "ends_at")
  public Instant endsAt;

  public String reason;

  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "created_at")
  public Instant createdAt;

  /** Whether the period covers {@code at}. */
  public boolean covers(Instant at) {
    return !at.isBefore(startsAt) && at.isBefore(endsAt);
  }

  /** Why the person cannot take work, e.g. "unavailable until 2026-12-03T17:00:00Z: leave". */
  public String describe() {
    return "unavailable until "
        + endsAt
        + (reason == null || reason.isBlank() ? "" : ": " + reason.trim());
  }
}
