package dev.rapport.skills.api;

import dev.rapport.skills.domain.Person;
import dev.rapport.skills.domain.PersonProfile;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person as provisioned from HR, with their manager and teams. */
@Schema(name = "Person")
public record PersonResponse(
    UUID id,
    @Schema(description = "The name they sign in with, the same in every service") String userName,
    @Schema(nullable = true, description = "HR's id for them; null when HR sent none")
        String externalId,
    @Schema(description = "How to address them: display name, else formatted name, else userName")
        String displayName,
    @Schema(nullable = true) String givenName,
    @Schema(nullable = true) String familyName,
    @Schema(nullable = true, description = "Primary work e-mail") String email,
    @Schema(nullable = true, description = "Primary chat handle (SCIM ims)") String chatHandle,
    @Schema(nullable = true) String title,
    @Schema(nullable = true, description = "BCP 47 language tag, e.g. en-GB") String locale,
    @Schema(nullable = true, description = "IANA time zone, e.g. Europe/London") String timezone,
    @Schema(nullable = true) String department,
    @Schema(nullable = true) String employeeNumber,
    @Schema(nullable = true, description = "null when HR names no manager") Manager manager,
    List<TeamRef> teams,
    @Schema(description = "false once deactivated by HR") boolean active,
    int version,
    Instant createdAt,
    Instant updatedAt) {

  /** A person's manager (enterprise extension). */
  @Schema(nullable = true)
  public record Manager(UUID id, String userName, String displayName) {}

  /** A team the person is a member of. */
  public record TeamRef(UUID id, String name) {}

  static PersonResponse of(PersonProfile profile) {
    Person person = profile.person();
    Person manager = profile.manager();
    return new PersonResponse(
        person.id,
        person.userName,
        person.externalId,
        person.nameToShow(),
        person.givenName,
        person.familyName,
        person.email,
        person.chatHandle,
        person.title,
        person.locale,
        person.timezone,
        person.department,
        person.employeeNumber,
        manager == null ? null : new Manager(manager.id, manager.userName, manager.nameToShow()),
        profile.teams().stream().map(t -> new TeamRef(t.id, t.displayName)).toList(),
        person.active,
        person.version,
        person.createdAt,
        person.updatedAt);
  }
}
