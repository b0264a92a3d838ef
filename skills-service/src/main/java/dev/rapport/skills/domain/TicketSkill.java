package dev.rapport.skills.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/**
 * A skill a ticket requires, as the ticket named it ({@code skillRef}: a catalogue id or name) and
 * the catalogue skill it resolved to, or null when the catalogue does not know it (so that demand
 * for skills IT does not track yet stays visible).
 */
@Entity
@Table(name = "ticket_skills")
@IdClass(TicketSkill.Key.class)
public class TicketSkill extends PanacheEntityBase {
  public record Key(UUID ticketId, String skillRef) implements Serializable {
    public Key() {
      this(null, null);
    }
  }

  @Id
  @Column(name = "ticket_id")
  public UUID ticketId;

  @Id
  @Column(name = "skill_ref")
  public String skillRef;

  @Column(name = "skill_id")
  public UUID skillId;

  /** Nobody active and available held the skill at the capable level when the ticket needed it. */
  public boolean unmet;
}
