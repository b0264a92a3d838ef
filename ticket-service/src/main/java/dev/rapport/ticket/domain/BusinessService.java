package dev.rapport.ticket.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/**
 * A service the business consumes (e-mail, payroll, VPN) with the people who have a stake in it. A
 * ticket raised against it inherits those stakeholders.
 */
@Entity
@Table(name = "business_services")
public class BusinessService extends PanacheEntityBase {
  @Id public UUID id;
  public String name;
  public String description;
  public String owner;

  @ElementCollection
  @BatchSize(size = 100)
  @CollectionTable(
      name = "business_service_stakeholders",
      joinColumns = @JoinColumn(name = "service_id"))
  public Set<Participant> stakeholders = new LinkedHashSet<>();

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Version public long version;
}
