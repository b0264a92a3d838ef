package dev.rapport.events.people;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.rapport.events.EventPayload;

/**
 * A person may no longer be reached or assigned work: set {@code active: false} over SCIM, or
 * deleted.
 *
 * @param person the person as they were last known, with {@code active} false
 * @param deleted true when the account was deleted rather than deactivated
 * @param actor userName of the caller that made the change
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PersonDeactivated(PersonSnapshot person, boolean deleted, String actor)
    implements EventPayload {
  public static final String TYPE = "rapport.person.deactivated.v1";

  @Override
  public String eventType() {
    return TYPE;
  }

  @Override
  public String aggregateId() {
    return person.id().toString();
  }
}
