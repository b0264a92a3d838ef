package dev.rapport.ticket.domain;

import dev.rapport.events.people.PersonSnapshot;
import dev.rapport.support.security.UserNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;

/**
 * People as rapport.people.v1 describes them, upserted by person id. An event older than the one
 * applied last (by the person's updatedAt) changes nothing, so a late redelivery cannot reactivate
 * someone or give back a role taken away.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class PeopleProjection {
  private final Clock clock;

  PeopleProjection(Clock clock) {
    this.clock = clock;
  }

  /** Applies the person as they are after the change; {@code active} false deactivates. */
  public void apply(PersonSnapshot snapshot, boolean active) {
    Instant sourceUpdatedAt = snapshot.updatedAt() == null ? Instant.EPOCH : snapshot.updatedAt();
    Person person = Person.findById(snapshot.id());
    if (person != null && person.sourceUpdatedAt.isAfter(sourceUpdatedAt)) {
      return;
    }
    String userName = UserNames.normalise(snapshot.userName());
    boolean created = person == null;
    if (created) {
      person = new Person();
      person.personId = snapshot.id();
    }
    if (created || !person.userName.equals(userName)) {
      // A userName re-provisioned under a new id (deleted, then created again): the new one wins.
      Person.delete("userName = ?1 and personId <> ?2", userName, snapshot.id());
      Person.flush();
    }
    person.userName = userName;
    person.displayName = snapshot.displayName();
    person.roles = snapshot.roles().toArray(String[]::new);
    person.active = active && snapshot.active();
    person.sourceUpdatedAt = sourceUpdatedAt;
    person.updatedAt = clock.instant();
    if (created) {
      person.persist();
    }
  }
}
