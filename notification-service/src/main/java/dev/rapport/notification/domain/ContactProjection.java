package dev.rapport.notification.domain;

import dev.rapport.events.people.PersonSnapshot;
import dev.rapport.events.people.TeamRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Contacts as rapport.people.v1 describes people: upserted by person id; an event older than the
 * one applied last (by the person's updatedAt) changes nothing, so a late redelivery cannot bring
 * back an old address or reactivate someone. A deactivated person gets nothing.
 */
@ApplicationScoped
public class ContactProjection {
  private static final Logger LOG = Logger.getLogger(ContactProjection.class);

  private final Clock clock;

  ContactProjection(Clock clock) {
    this.clock = clock;
  }

  /** Applies the person as they are after the change; {@code active} false deactivates. */
  public void apply(PersonSnapshot person, boolean active) {
    Instant sourceUpdatedAt = person.updatedAt() == null ? Instant.EPOCH : person.updatedAt();
    Contact contact = Contact.findById(person.id());
    if (contact != null && contact.sourceUpdatedAt.isAfter(sourceUpdatedAt)) {
      LOG.debugf(
          "Ignoring person %s as of %s: already at %s",
          person.id(), sourceUpdatedAt, contact.sourceUpdatedAt);
      return;
    }
    boolean created = contact == null;
    if (created) {
      contact = new Contact();
      contact.personId = person.id();
    }
    contact.userName = person.userName();
    contact.displayName = person.displayName() == null ? person.userName() : person.displayName();
    contact.email = person.email();
    contact.chatHandle = person.chatHandle();
    contact.locale = person.locale();
    contact.timezone = person.timezone();
    contact.managerUserName = person.managerUserName();
    contact.teamIds = person.teams().stream().map(t -> t.id().toString()).toArray(String[]::new);
    contact.roles = person.roles().toArray(String[]::new);
    contact.active = active && person.active();
    contact.sourceUpdatedAt = sourceUpdatedAt;
    contact.updatedAt = clock.instant();
    if (created) {
      // A userName re-provisioned under a new id (deleted, then created again): the new one wins.
      Contact.delete(
          "lower(userName) = lower(?1) and personId <> ?2", person.userName(), person.id());
      contact.persist();
    }
    for (TeamRef team : person.teams()) {
      if (team.id() == null || team.name() == null) {
        continue;
      }
      TeamName name = TeamName.findById(team.id().toString());
      if (name == null) {
        name = new TeamName();
        name.teamId = team.id().toString();
        name.name = team.name();
        name.updatedAt = clock.instant();
        name.persist();
      } else if (!name.name.equals(team.name())) {
        name.name = team.name();
        name.updatedAt = clock.instant();
      }
    }
  }
}
