package dev.rapport.skills.domain;

import dev.rapport.support.problem.ProblemException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What must be unique among provisioned people and teams: a person's userName without regard to
 * case and externalId exactly; a team's displayName without regard to case and externalId exactly.
 * A value another holds is a 409 naming the holder ({@code existingId}).
 */
final class Uniqueness {
  private Uniqueness() {}

  /** The person {@code id} may take these attributes. */
  static void check(UUID id, PersonAttributes attributes) {
    rejectIfHeldByAnother(
        Person.findByUserName(attributes.userName()).map(other -> other.id),
        id,
        "user-name-taken",
        "userName '" + attributes.userName() + "' is already provisioned");
    if (attributes.externalId() != null) {
      rejectIfHeldByAnother(
          Person.<Person>find("externalId", attributes.externalId())
              .firstResultOptional()
              .map(other -> other.id),
          id,
          "external-id-taken",
          "externalId '" + attributes.externalId() + "' belongs to another User");
    }
  }

  /** The team {@code id} may take these attributes. */
  static void check(UUID id, TeamAttributes attributes) {
    rejectIfHeldByAnother(
        Team.<Team>find("lower(displayName) = lower(?1)", attributes.displayName())
            .firstResultOptional()
            .map(other -> other.id),
        id,
        "team-name-taken",
        "displayName '" + attributes.displayName() + "' belongs to another Group");
    if (attributes.externalId() != null) {
      rejectIfHeldByAnother(
          Team.<Team>find("externalId", attributes.externalId())
              .firstResultOptional()
              .map(other -> other.id),
          id,
          "external-id-taken",
          "externalId '" + attributes.externalId() + "' belongs to another Group");
    }
  }

  /** A 409 naming the holder when a unique value is held by another than {@code id}. */
  private static void rejectIfHeldByAnother(
      Optional<UUID> holder, UUID id, String problem, String detail) {
    holder
        .filter(other -> !other.equals(id))
        .ifPresent(
            other -> {
              throw ProblemException.conflict(
                  problem, detail, Map.of("existingId", other.toString()));
            });
  }
}
