package dev.rapport.ticket.domain;

import dev.rapport.support.problem.ProblemException;
import dev.rapport.ticket.config.TicketConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Whether a person may be newly named on a ticket or business service (requester on behalf,
 * watcher, stakeholder, assignee), from the people projection of rapport.people.v1: they must be
 * known (unless {@code rapport.ticket.people.require-known} is false) and active, and an assignee
 * or an IT-level stakeholder must be IT staff by their roles. A refusal is a 422 naming the field.
 */
@ApplicationScoped
public class NamedPeople {
  private final TicketConfig config;

  NamedPeople(TicketConfig config) {
    this.config = config;
  }

  /** As {@code field} at {@code level}: IT must be staff. {@code userName} is normalised. */
  public void requireNameable(String field, String userName, ParticipantLevel level) {
    requireNameable(field, userName, level == ParticipantLevel.IT);
  }

  /** {@code userName} (normalised) may be named in {@code field}; staff only if {@code staff}. */
  public void requireNameable(String field, String userName, boolean staff) {
    Person person = Person.byUserName(userName).orElse(null);
    if (person == null) {
      if (config.people().requireKnown()) {
        throw refused(
            "unknown-person",
            field,
            userName,
            "'" + userName + "' is not a known person; provision them over SCIM first.");
      }
      return; // nothing known to check against
    }
    if (!person.active) {
      throw refused(
          "person-deactivated",
          field,
          userName,
          "'" + userName + "' is deactivated and cannot be named on a ticket.");
    }
    if (staff && !person.isStaff()) {
      throw refused(
          "not-it-staff",
          field,
          userName,
          "'"
              + userName
              + "' is not IT staff (their roles are "
              + String.join(", ", person.roles)
              + "); only an agent, lead or admin can be "
              + (field.startsWith("assignee") ? "the assignee." : "an IT-level stakeholder."));
    }
  }

  private static ProblemException refused(
      String type, String field, String userName, String detail) {
    return new ProblemException(
        422,
        type,
        "Unprocessable content",
        field + ": " + detail,
        Map.of("field", field, "userName", userName));
  }
}
