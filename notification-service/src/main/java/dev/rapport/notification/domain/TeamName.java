package dev.rapport.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A team's display name, as people events carry it, so that business messages can name it. */
@Entity
@Table(name = "team_names")
public class TeamName extends PanacheEntityBase {
  @Id
  @Column(name = "team_id")
  public String teamId;

  public String name;

  @Column(name = "updated_at")
  public Instant updatedAt;

  /** The display name of team {@code teamId}, or null when there is none (or no team). */
  public static String nameOf(String teamId) {
    if (teamId == null) {
      return null;
    }
    TeamName name = findById(teamId);
    return name == null ? null : name.name;
  }
}
