package dev.rapport.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * Who hears which ticket events: one audience, one event type (see {@link AudienceRules#INTERNAL}
 * for internal notes), optionally only from a priority up, and how it is delivered.
 */
@Entity
@Table(name = "audience_rules")
public class AudienceRule extends PanacheEntityBase {
  @Id public UUID id;

  @Enumerated(EnumType.STRING)
  public Audience audience;

  @Column(name = "event_type")
  public String eventType;

  /** P1..P4: only tickets at this priority or higher (P1 is highest); null = any priority. */
  @Column(name = "min_priority")
  public String minPriority;

  @Enumerated(EnumType.STRING)
  public RuleDelivery delivery;

  @Version public int version;

  @Column(name = "updated_by")
  public String updatedBy;

  @Column(name = "updated_at")
  public Instant updatedAt;
}
