package dev.rapport.skills.domain;

import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Finds what a path or query names: a person by id, userName or {@code me}; a team by id or display
 * name; a skill by id or name. An unknown name is a 404 problem.
 */
@ApplicationScoped
public class References {
  public static final String ME = "me";

  /**
   * The person {@code ref} names; {@code me} is the caller. People are visible to IT staff and to
   * themselves; for anyone else every person is a 404, known or not.
   */
  public Person person(String ref, Caller caller) {
    if (ref == null || ref.isBlank()) {
      throw ProblemException.badRequest("invalid-parameter", "person must not be blank.");
    }
    String trimmed = ref.strip();
    if (trimmed.equalsIgnoreCase(ME)) {
      return Person.findByUserName(caller.userName())
          .orElseThrow(
              () ->
                  new ProblemException(
                      404,
                      "not-found",
                      "Not found",
                      "You ('" + caller.userName() + "') are not provisioned as a person",
                      Map.of()));
    }
    // Someone who may not see this person (not staff, not themself) gets the very answer an
    // unknown person gets, so that no person-scoped endpoint tells who exists.
    return Person.byReference(trimmed)
        .filter(person -> caller.staff() || person.userName.equalsIgnoreCase(caller.userName()))
        .orElseThrow(() -> ProblemException.notFound("Person", trimmed));
  }

  public Team team(String ref) {
    if (ref == null || ref.isBlank()) {
      throw ProblemException.badRequest("invalid-parameter", "team must not be blank.");
    }
    return Team.byReference(ref).orElseThrow(() -> ProblemException.notFound("Team", ref.strip()));
  }

  public Skill skill(String ref) {
    if (ref == null || ref.isBlank()) {
      throw ProblemException.badRequest("invalid-parameter", "skill must not be blank.");
    }
    return Skill.byReference(ref)
        .orElseThrow(() -> ProblemException.notFound("Skill", ref.strip()));
  }
}
