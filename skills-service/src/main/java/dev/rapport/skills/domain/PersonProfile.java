package dev.rapport.skills.domain;

import java.util.List;

/**
 * A person with what every view of them shows beside their own columns: their manager and their
 * teams. The one projection behind the people API, the SCIM User and the person events; {@link
 * PeopleDirectory#profiles} loads it.
 *
 * @param manager null when they have none
 * @param teams by display name (any case), then id
 */
public record PersonProfile(Person person, Person manager, List<Team> teams) {
  public PersonProfile {
    teams = List.copyOf(teams);
  }

  /** The display names of their teams, in the order of {@link #teams}. */
  public List<String> teamNames() {
    return teams.stream().map(t -> t.displayName).toList();
  }
}
