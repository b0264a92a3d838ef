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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person provisioned from HR over SCIM. {@code userName} is how every Rapport service knows them
 * (tokens carry it as {@code upn}); it is unique without regard to case.
 */
@Entity
@Table(name = "people")
public class Person extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "user_name")
  public String userName;

  @Column(name = "external_id")
  public String externalId;

  @Column(name = "display_name")
  public String displayName;

  @Column(name = "given_name")
  public String givenName;

  @Column(name = "family_name")
  public String familyName;

  @Column(name = "formatted_name")
  public String formattedName;

  public String email;

  @Column(name = "chat_handle")
  public String chatHandle;

  public String title;
  public String locale;
  public String timezone;
  public String department;

  @Column(name = "employee_number")
  public String employeeNumber;

  @Column(name = "manager_id")
  public UUID managerId;

  public boolean active = true;

  /** SCIM attributes without a column (emails, ims, phoneNumbers ...), as the client sent them. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "scim_attributes")
  public String scimAttributes = "{}";

  @Version public int version;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  /**
   * How to address them in native queries over {@code people p}: the same rule as {@link
   * #nameToShow()}.
   */
  public static final String NAME_TO_SHOW_SQL =
      "coalesce(nullif(trim(p.display_name), ''), nullif(trim(p.formatted_name), ''),"
          + " nullif(trim(concat_ws(' ', p.given_name, p.family_name)), ''), p.user_name)";

  /**
   * How to address them: the display name, else the formatted name, else given and family name,
   * else the userName. HR systems often send only the name parts.
   */
  public String nameToShow() {
    if (displayName != null && !displayName.isBlank()) {
      return displayName.strip();
    }
    if (formattedName != null && !formattedName.isBlank()) {
      return formattedName.strip();
    }
    String parts =
        String.join(" ", givenName == null ? "" : givenName, familyName == null ? "" : familyName)
            .strip();
    return parts.isEmpty() ? userName : parts;
  }

  /** The person a path or query names: by id when {@code ref} is a UUID, else by userName. */
  public static Optional<Person> byReference(String ref) {
    if (ref == null || ref.isBlank()) {
      return Optional.empty();
    }
    String trimmed = ref.strip();
    try {
      return findByIdOptional(UUID.fromString(trimmed));
    } catch (IllegalArgumentException notAnId) {
      return findByUserName(trimmed);
    }
  }

  /** The person whose userName is {@code userName}, compared without regard to case. */
  public static Optional<Person> findByUserName(String userName) {
    return find("lower(userName) = lower(?1)", userName).firstResultOptional();
  }
}
