package dev.rapport.skills.config;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** Where people's Rapport roles come from when the identity provider sends no SCIM roles. */
@ConfigMapping(prefix = "rapport.people")
public interface PeopleConfig {

  /**
   * Group (SCIM Group displayName, any case) to Rapport role, e.g. {@code Service Desk=agent,IT
   * Leads=lead}; a group with several roles is named once per role. Default: none (empty), so only
   * SCIM roles count.
   */
  Optional<List<String>> groupRoles();
}
