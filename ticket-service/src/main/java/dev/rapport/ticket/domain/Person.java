package dev.rapport.ticket.domain;

import dev.rapport.events.people.PersonSnapshot;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person as rapport.people.v1 last described them; {@code userName} is normalised. */
@Entity
@Table(name = "people")
public class Person extends PanacheEntityBase {
  @Id
  @Column(name = "person_id")
  public UUID personId;

  @Column(name = "user_name")
  public String userName;

  @Column(name = "display_name")
  public String displayName;

  /** Their Rapport roles; only agent, lead and admin are IT staff. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  public String[] roles = {PersonSnapshot.REQUESTER};

  /** False once deactivated or deleted: they may not be newly named on a ticket. */
  public boolean active;

  @Column(name = "source_updated_at")
  public Instant sourceUpdatedAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  public boolean isStaff() {
    return Arrays.stream(roles).anyMatch(PersonSnapshot.STAFF_ROLES::contains);
  }

  /** The person known by {@code userName} (already normalised). */
  public static Optional<Person> byUserName(String userName) {
    return find("userName", userName).firstResultOptional();
  }
}
