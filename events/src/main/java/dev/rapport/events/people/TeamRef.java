package dev.rapport.events.people;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/**
 * A team a person belongs to.
 *
 * @param id the team id (the SCIM Group id)
 * @param name the team's display name
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TeamRef(UUID id, String name) {}
