package dev.rapport.events.people;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/**
 * A member of a team.
 *
 * @param personId the person id
 * @param userName their userName
 * @param displayName how to address them
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TeamMember(UUID personId, String userName, String displayName) {}
