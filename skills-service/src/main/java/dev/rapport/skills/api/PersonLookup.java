package dev.rapport.skills.api;

import dev.rapport.skills.domain.Caller;
import dev.rapport.skills.domain.Person;
import dev.rapport.support.problem.ProblemException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The person a path names: by id, by userName (without regard to case), or {@code me}. */
final class PersonLookup {
  static final String ME = "me";

  private PersonLookup() {}

  static Person find(String ref, Caller caller) {
    if (ME.equalsIgnoreCase(ref)) {
      return Person.findByUserName(caller.userName())
          .orElseThrow(
              () ->
                  new ProblemException(
                      404,
                      "not-found",
                      "Not found",
                      "You ("
                          + caller.userName()
                          + ") are not a person provisioned in skills-service",
                      Map.of()));
    }
    Optional<Person> person;
    try {
      person = Person.findByIdOptional(UUID.fromString(ref));
    } catch (IllegalArgumentException notAnId) {
      person = Person.findByUserName(ref);
    }
    return person.orElseThrow(() -> ProblemException.notFound("Person", ref));
  }
}
