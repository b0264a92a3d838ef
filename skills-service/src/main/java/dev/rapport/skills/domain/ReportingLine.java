package dev.rapport.skills.domain;

import dev.rapport.support.problem.ProblemException;
import java.util.UUID;

/**
 * A person's reporting line: the manager named must be a provisioned person (400 unknown-manager),
 * neither the person themselves nor one of their own, direct or indirect, reports (400
 * manager-cycle). Checked before anything is written.
 */
final class ReportingLine {
  /** Deep enough for any real reporting line; a longer chain is taken as a cycle. */
  private static final int MAX_MANAGEMENT_DEPTH = 100;

  private ReportingLine() {}

  /** The manager exists and is not the person, directly or up the reporting line. */
  static void check(UUID personId, UUID managerId) {
    UUID current = managerId;
    for (int depth = 0; current != null; depth++) {
      if (current.equals(personId) || depth > MAX_MANAGEMENT_DEPTH) {
        throw ProblemException.badRequest(
            "manager-cycle",
            "manager '" + managerId + "' reports to this User: a reporting line cannot be a loop");
      }
      Person manager = Person.findById(current);
      if (manager == null) {
        throw ProblemException.badRequest(
            "unknown-manager",
            "manager '"
                + current
                + "' is not the id of a provisioned User; provision the manager"
                + " first");
      }
      current = manager.managerId;
    }
  }
}
