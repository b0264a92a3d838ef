package dev.rapport.skills.domain;

import java.util.List;
import java.util.UUID;

/**
 * Everything provisioning says about a team (a SCIM Group), as a whole.
 *
 * @param memberIds the person ids of every member; never null
 */
public record TeamAttributes(String displayName, String externalId, List<UUID> memberIds) {
  public TeamAttributes {
    memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
  }
}
