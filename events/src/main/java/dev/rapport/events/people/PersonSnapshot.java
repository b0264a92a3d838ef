package dev.rapport.events.people;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A person as other services need them to reach and address them, after the change. Schema: {@code
 * schemas/rapport.person.snapshot.json}. {@code teams} is never null; {@code roles} never empty.
 *
 * @param id the person id (the SCIM User id): the Kafka key of every person event
 * @param userName the name they sign in with, the same in every service (usually an e-mail)
 * @param externalId the HR system's id, or null
 * @param displayName how to address them, never null (falls back to the formatted name, then given
 *     and family name, then userName)
 * @param givenName first name, or null
 * @param familyName last name, or null
 * @param email the primary work e-mail, or null
 * @param chatHandle the primary chat handle (SCIM {@code ims}), or null
 * @param title job title, or null
 * @param locale BCP 47 language tag such as {@code en-GB}, or null
 * @param timezone IANA time zone such as {@code Europe/London}, or null
 * @param department from the enterprise extension, or null
 * @param managerId the manager's person id, or null
 * @param managerUserName the manager's userName, or null
 * @param teams the teams they are a member of; empty when none
 * @param roles their Rapport roles ({@link #REQUESTER}, {@link #AGENT}, {@link #LEAD}, {@link
 *     #ADMIN}) from the identity provider, never empty: absent (an older event) means requester
 * @param active false once deactivated or deleted
 * @param updatedAt when the person last changed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PersonSnapshot(
    UUID id,
    String userName,
    String externalId,
    String displayName,
    String givenName,
    String familyName,
    String email,
    String chatHandle,
    String title,
    String locale,
    String timezone,
    String department,
    UUID managerId,
    String managerUserName,
    List<TeamRef> teams,
    List<String> roles,
    boolean active,
    Instant updatedAt) {

  public static final String REQUESTER = "requester";
  public static final String AGENT = "agent";
  public static final String LEAD = "lead";
  public static final String ADMIN = "admin";

  /** The roles that make a person IT staff: they may see internal work notes and IT detail. */
  public static final Set<String> STAFF_ROLES = Set.of(AGENT, LEAD, ADMIN);

  public PersonSnapshot {
    teams = teams == null ? List.of() : List.copyOf(teams);
    roles = roles == null || roles.isEmpty() ? List.of(REQUESTER) : List.copyOf(roles);
  }

  /** Whether their roles make them IT staff (agent, lead or admin), not a requester only. */
  @JsonIgnore
  public boolean isStaff() {
    return roles.stream().anyMatch(STAFF_ROLES::contains);
  }
}
