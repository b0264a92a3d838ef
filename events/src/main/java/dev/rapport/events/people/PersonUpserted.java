package dev.rapport.events.people;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.rapport.events.EventPayload;

/**
 * A person was provisioned or changed (SCIM POST, PUT or PATCH), or joined or left a team.
 *
 * @param person the person after the change
 * @param actor userName of the caller that made the change (the provisioning client)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PersonUpserted(PersonSnapshot person, String actor) implements EventPayload {
  public static final String TYPE = "rapport.person.upserted.v1";

  @Override
  public String eventType() {
    return TYPE;
  }

  @Override
  public String aggregateId() {
    return person.id().toString();
  }
}
