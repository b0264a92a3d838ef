package dev.rapport.notification.domain;

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

/** A person as rapport.people.v1 describes them: how to reach and address them. */
@Entity
@Table(name = "contacts")
public class Contact extends PanacheEntityBase {
  @Id
  @Column(name = "person_id")
  public UUID personId;

  @Column(name = "user_name")
  public String userName;

  @Column(name = "display_name")
  public String displayName;

  public String email;

  @Column(name = "chat_handle")
  public String chatHandle;

  public String locale;
  public String timezone;

  @Column(name = "manager_user_name")
  public String managerUserName;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "team_ids")
  public String[] teamIds = new String[0];

  /** Their Rapport roles from rapport.people.v1; only agent, lead and admin are IT staff. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  public String[] roles = {PersonSnapshot.REQUESTER};

  /** A deactivated person gets nothing. */
  public boolean active;

  @Column(name = "source_updated_at")
  public Instant sourceUpdatedAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  /** Whether their roles make them IT staff: only staff hear internal notes and IT detail. */
  public boolean isStaff() {
    return Arrays.stream(roles).anyMatch(PersonSnapshot.STAFF_ROLES::contains);
  }

  /** Whether their Rapport roles include {@code role}, e.g. lead. */
  public boolean hasRole(String role) {
    return Arrays.asList(roles).contains(role);
  }

  /** How to name {@code userName} in a message: their display name, else the userName itself. */
  public static String displayNameOf(String userName) {
    if (userName == null) {
      return null;
    }
    return findByUserName(userName).map(c -> c.displayName).orElse(userName);
  }

  /** The contact whose userName is {@code userName}, compared without regard to case. */
  public static Optional<Contact> findByUserName(String userName) {
    return find("lower(userName) = lower(?1)", userName).firstResultOptional();
  }
}
