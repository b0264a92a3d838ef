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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A chat room or external system that receives events: which types, optionally only for one
 * business service or team, and whether it may see internal content.
 */
@Entity
@Table(name = "subscriptions")
public class Subscription extends PanacheEntityBase {
  /** In eventTypes: every event type. */
  public static final String ALL_TYPES = "*";

  @Id public UUID id;

  @Enumerated(EnumType.STRING)
  public SubscriptionKind kind;

  public String url;

  /** WEBHOOK: the whsec_ signing secret, encrypted ({@link SecretSealing}). Never shown again. */
  public String secret;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "event_types")
  public String[] eventTypes = new String[0];

  @Column(name = "business_service_id")
  public UUID businessServiceId;

  @Column(name = "team_id")
  public String teamId;

  @Column(name = "include_internal")
  public boolean includeInternal;

  /** False once deleted: kept so that its deliveries still say where they went. */
  public boolean active = true;

  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "created_at")
  public Instant createdAt;

  @Version public int version;

  /** The recipient of its deliveries: {@code subscription:<id>}. */
  public String recipient() {
    return "subscription:" + id;
  }

  public List<String> eventTypeList() {
    return Arrays.asList(eventTypes);
  }

  /** Whether it wants events of {@code type}. */
  public boolean wants(String type) {
    return eventTypeList().contains(ALL_TYPES) || eventTypeList().contains(type);
  }

  /** Active subscriptions, oldest first. */
  public static List<Subscription> listActive() {
    return list("active = true order by createdAt, id");
  }
}
